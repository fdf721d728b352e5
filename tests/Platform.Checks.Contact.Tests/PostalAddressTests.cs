using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round thirty-seven (blind248, and round thirty-six's blind245): a postal address asked for or offered (「ご住所を教えていただけますか」,
/// 「住所ば教えてくれんかのう」, "send me your mailing address") and a street address written out as the writer's own or where to send things,
/// in kanji or kana numerals (「二丁目十五番地の三」, 「一ノ二ノ三」, 「〒一五三－〇〇六五」, 郵便局留め) passed: the contact check read no postal
/// address at all (PostalAddressDetector). A postal money order is cash sent outside (CashPaymentDetector). A venue, the client's shop
/// printed on the work, addresses as data, a deferral to the disclosure and the platform's anonymous delivery stay allowed. Written
/// for these tests; every blocked or held text here was allowed by the session-start plugin.
/// </summary>
public sealed class PostalAddressTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("郵送で返却しますので、ご住所を教えていただけますか")]
    [InlineData("手紙で送るけえ、住所ば教えてくれんかのう")]
    [InlineData("送り先おしえてー、明日発送するね")]
    [InlineData("Could you send me your mailing address? I'll post the prints.")]
    [InlineData("私の住所は、川崎市中原区小杉町二丁目十五番地の三です。原稿はそちらへ")]
    [InlineData("宛名は「目黒区中町一ノ二ノ三　佐藤」でお願いします")]
    [InlineData("お手紙はこちらへ。〒一五三－〇〇六五　目黒区中町一丁目　佐藤")]
    [InlineData("郵便局留めでお願いします。目黒郵便局留め　佐藤あて")]
    public void Evaluate_PostalAddressAskedOrGiven_BeforeEscrow_Blocks(string text) =>
        ContactAssert.Finds(_check.Evaluate(Changes.Message(text), CancellationToken.None), Decision.Block);

    [Fact]
    public void Evaluate_StreetAddressAfterEscrow_DisclosureNotApproved_Holds() =>
        ContactAssert.Finds(
            _check.Evaluate(Changes.Message("仮払いしました。原稿の送り先は、杉並区阿佐谷南二丁目三の四です", DealStage.EscrowFunded), CancellationToken.None),
            Decision.Hold);

    [Fact]
    public void Evaluate_PostalMoneyOrder_AfterApprovedDisclosure_StillBlocks() =>
        ContactAssert.Finds(
            _check.Evaluate(Changes.Message("残りの代金は郵便為替でお送りしますね", DealStage.Completed, DisclosureStatus.Approved), CancellationToken.None),
            Decision.Block);

    [Theory]
    [InlineData("品物はサイトの匿名配送でお送りください。住所はお互いに見えません", DealStage.PreContract, DisclosureStatus.None)]
    [InlineData("ご住所は仮払い後、連絡先公開申請が承認されてからお伝えします", DealStage.Contracted, DisclosureStatus.None)]
    [InlineData("撮影は区民センター（中町一丁目二番三号）の会議室で行います", DealStage.EscrowFunded, DisclosureStatus.None)]
    [InlineData("チラシに店舗の住所「目黒区中町一丁目二番三号」を入れてください", DealStage.EscrowFunded, DisclosureStatus.None)]
    [InlineData("ご住所は伺いません。データでの納品で完結します", DealStage.PreContract, DisclosureStatus.None)]
    [InlineData("公開申請が承認されたので、送り先をお伝えします。目黒区中町一丁目二番三号です", DealStage.EscrowFunded, DisclosureStatus.Approved)]
    public void Evaluate_AddressOfAPlaceOrPrintedOrDeferred_FindsNone(string text, DealStage stage, DisclosureStatus disclosure) =>
        ContactAssert.FindsNone(_check.Evaluate(Changes.Message(text, stage, disclosure), CancellationToken.None));

    [Fact]
    public void Evaluate_AddressesAsTheJobsData_FindsNone() =>
        ContactAssert.FindsNone(_check.Evaluate(Changes.Job("住所録の「二丁目十五番地」を「2-15」に統一してください。約800件"), CancellationToken.None));

    // Round thirty-six's left-overs: an English or romaji phrase of paying around the platform refused or made the work in its sentence or
    // the next (PaymentDetector.IsSpelledAside); both were blocked by the session-start plugin.
    [Fact]
    public void Evaluate_RomajiPaymentPhraseRefused_FindsNone() =>
        ContactAssert.FindsNone(
            _check.Evaluate(Changes.Message("Chokusetsu shiharai wa kiyaku de kinshi nanode, kariharai de onegai shimasu."), CancellationToken.None));

    [Fact]
    public void Evaluate_EnglishDirectPayrollAsTheWork_FindsNone() =>
        ContactAssert.FindsNone(_check.Evaluate(
            Changes.Job("Our shop pays its drivers directly by bank transfer each week. Build a spreadsheet payroll template for it. Fixed 20,000 yen."),
            CancellationToken.None));
}
