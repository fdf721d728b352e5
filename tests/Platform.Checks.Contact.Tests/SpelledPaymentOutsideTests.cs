using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round thirty-six (blind244, blind245): paying outside the platform written in English, romaji or kana passed, the payment sets'
/// cues being kanji words (直接, 振込): "Let's skip the escrow; I'll wire the money", "jika ni furikonde", 「ちょくせつ ふりこんで」
/// (PaymentDetector.Spelled: a way around the platform with a payment word near it, unless refused, reported or the work's subject).
/// And a fax number asked for in dialect: 「番号ば教えてくれんね」 after a fax is named (InvitationDetector: the particles ば and さ,
/// 教えで, and FAX as what makes a bare 番号 a phone number). Written for these tests.
/// </summary>
public sealed class SpelledPaymentOutsideTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("Could we do the payment directly by Venmo? It saves us both the fee.")]
    [InlineData("Let's skip the escrow, I'll wire the money to your account tomorrow.")]
    [InlineData("Saigo no bun wa jika ni furikonde moraemasu ka?")]
    [InlineData("Kondo no ohoshu wa chokusetsu genkin de okurimasu.")]
    [InlineData("こんかいは ちょくせつ ふりこんで もらえますか")]
    [InlineData("かりばらいは なしで、げんきんで はらいますね")]
    [InlineData("Shiharai wa saito no soto de onegai shimasu.")]
    public void Evaluate_PaymentOutsideSpelledInLatinOrKana_Blocks(string text) =>
        ContactAssert.Finds(_check.Evaluate(Changes.Message(text), CancellationToken.None), Decision.Block);

    [Fact]
    public void Evaluate_PaymentOutsideInRomaji_AfterApprovedDisclosure_StillBlocks() =>
        ContactAssert.Finds(
            _check.Evaluate(Changes.Message("Tsugi no shigoto kara wa jika ni furikomimasu ne.", DealStage.Completed, DisclosureStatus.Approved), CancellationToken.None),
            Decision.Block);

    [Fact]
    public void Evaluate_FaxNumberAskedInDialect_Blocks() =>
        ContactAssert.Finds(_check.Evaluate(Changes.Message("見積書はFAXで送りますけん、番号ば教えてくれんね"), CancellationToken.None), Decision.Block);

    [Theory]
    [InlineData("Sorry, I can't take payment directly. Please fund the escrow here.")]
    [InlineData("ちょくせつ ふりこみは できません。かりばらいで おねがいします")]
    [InlineData("Please translate our app's tagline: 'Send money directly to friends with no fees.'")]
    [InlineData("You can pay the invoice directly from the contract page, under Payment.")]
    [InlineData("番号ばかり並んだ表を、見出しつきで見やすくしてください")]
    public void Evaluate_TheSameWordsRefusedOrAsTheWork_FindsNone(string text) =>
        ContactAssert.FindsNone(_check.Evaluate(Changes.Message(text), CancellationToken.None));
}
