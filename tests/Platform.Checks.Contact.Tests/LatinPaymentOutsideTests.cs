using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round thirty-four (blind238): paying around the platform said in English or romaji ("…instead of escrow", "pay you directly",
/// "chokusetsu furikomi", "karibarai wa nashi") passed, the payment rules' cues being Japanese (PaymentDetector.Standalone). The same
/// words in a rule stated, a refusal or a piece about the rule stay allowed. Written for these tests.
/// </summary>
public sealed class LatinPaymentOutsideTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("Let's avoid the fees this time: I'll send the money by bank transfer outside the site.", DealStage.PreContract)]
    [InlineData("Could you accept payment via Venmo instead of escrow for this order?", DealStage.PreContract)]
    [InlineData("houshuu wa chokusetsu furikomi shimasu ne, karibarai wa nashi de.", DealStage.Contracted)]
    [InlineData("Next order I can pay you directly, just send your account details.", DealStage.PreContract)]
    public void Evaluate_PaymentAroundThePlatformInLatinLetters_Blocks(string text, DealStage stage) =>
        ContactAssert.Finds(_check.Evaluate(Changes.Message(text, stage), CancellationToken.None), Decision.Block);

    [Theory]
    [InlineData("Payment outside the platform is not allowed, so please fund the escrow here.", PartyRole.Client)]
    [InlineData("I can't accept payment off the platform, sorry; the escrow is the only way.", PartyRole.Worker)]
    [InlineData("We'd like a guide explaining why clients should never pay outside the site.", PartyRole.Client)]
    public void Evaluate_TheSameWordsRefusedOrAsTheRule_FindsNone(string text, PartyRole sender) =>
        ContactAssert.FindsNone(_check.Evaluate(Changes.Message(text, sender: sender), CancellationToken.None));
}
