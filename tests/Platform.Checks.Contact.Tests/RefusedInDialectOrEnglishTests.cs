using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round thirty-four (blind236, blind239, blind231-0083): a detail or a payment refused in dialect or casual speech ("…はムリなので",
/// "…はまだ教えられん", "…はまだいらん") or in English ("…told me to pay on PayPal outside this site. I declined") was blocked as
/// offered (Sentence.Negations, Unneeded, Acknowledged, PlatformWay). The same details offered in the same words stay blocked. Written
/// for these tests.
/// </summary>
public sealed class RefusedInDialectOrEnglishTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("電話番号はまだ教えられんので、しばらくここで話しましょう。", PartyRole.Worker)]
    [InlineData("PayPayでの直接のお支払いはムリなので、仮払いでお願いします。", PartyRole.Worker)]
    [InlineData("A buyer once told me to pay through PayPal outside this site. I declined, so everything stays here.", PartyRole.Client)]
    public void Evaluate_RefusedInDialectOrEnglish_FindsNone(string text, PartyRole sender) =>
        ContactAssert.FindsNone(_check.Evaluate(Changes.Message(text, sender: sender), CancellationToken.None));

    [Theory]
    [InlineData("現金手渡しなら手数料もかからないので、直接でお願いします。", PartyRole.Worker)]
    [InlineData("電話番号教えるんで、ここじゃなくて電話で話しましょう 090-1111-2222", PartyRole.Worker)]
    [InlineData("He told me to pay on PayPal outside this site, so let's do that.", PartyRole.Client)]
    // "Please don't" and "never" refuse nothing here: they ask for secrecy or promise impunity around the offer.
    [InlineData("Please don't tell the site about this. I'll pay you directly by PayPal, skip the platform fee.", PartyRole.Client)]
    [InlineData("You'll never get caught. Let's move outside the platform and I pay you directly by PayPal.", PartyRole.Client)]
    public void Evaluate_TheSameDetailsOffered_Blocks(string text, PartyRole sender) =>
        ContactAssert.Finds(_check.Evaluate(Changes.Message(text, sender: sender), CancellationToken.None), Decision.Block);
}
