using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round thirty-eight (blind252, and round thirty-six's blind245): phone numbers and addresses asked for in dialect and casual speech
/// passed: the verb in its casual or dialect form (書いといて, 書いてや, 書いてくれん, 教えといて, Tohoku's おしぇで, なんぼ, 何番;
/// Keywords.CasualAsks), the number cut short (でんばん, けーばん), a comma for the particle ("あんたの携帯、何番？") and "TELちょうだい".
/// A request someone else made, reported without brackets ("ライン交換しよって言われたけど"), is not the writer's own
/// (ContactScanner.IsReportedUnquoted). A page number, the customers' numbers put into a sheet and a warning stay allowed. Written for
/// these tests; every blocked or held text here was allowed by the session-start plugin, and the reported request was blocked by it.
/// </summary>
public sealed class DialectAndCasualAskTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("携帯の番号、書いといてくれへん？晩にかけるわ")]
    [InlineData("電話番号、おしぇでけろ。こっちからかけっから")]
    [InlineData("でんばん教えてくれたら、夜にかけるね")]
    [InlineData("けーばん教えてや、そのほうが早いし")]
    [InlineData("メールで送るけん、アドレス書いてくれん？")]
    [InlineData("あんたの携帯、何番？")]
    [InlineData("TELちょうだい、すぐ出るけん")]
    public void Evaluate_AskedInDialectOrCasualSpeech_BeforeEscrow_Blocks(string text) =>
        ContactAssert.Finds(_check.Evaluate(Changes.Message(text), CancellationToken.None), Decision.Block);

    [Fact]
    public void Evaluate_CasualAskAfterEscrow_DisclosureNotApproved_Holds() =>
        ContactAssert.Finds(
            _check.Evaluate(Changes.Message("仮払いありがとう。でんわ番号だけ先に教えといてもらえる？", DealStage.EscrowFunded), CancellationToken.None),
            Decision.Hold);

    [Theory]
    [InlineData("ページ番号、書いといてくれる？目次に載せるけん")]
    [InlineData("お客さんの電話番号、表に書いといてな")]
    [InlineData("直接取引しよとか言ってくる人には気をつけてな")]
    [InlineData("何番の案件か教えてな。ここのメッセージで話そ")]
    // Blocked by the session-start plugin: someone else's invitation reported without brackets.
    [InlineData("ライン交換しよって言われたけど、ここでしか話さんよ")]
    public void Evaluate_ThePiecesDataOrAReportedRequest_FindsNone(string text) =>
        ContactAssert.FindsNone(_check.Evaluate(Changes.Message(text), CancellationToken.None));
}
