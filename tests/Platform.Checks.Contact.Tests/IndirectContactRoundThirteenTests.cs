using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round thirteen: apps spelled with a dot between their letters (ラ・イ・ン, ス.ラ.ッ.ク) or misspelt and shortened (watsapp,
/// チャワク), described by their icon (紙飛行機のアプリ), found by a quoted name and added, a number announced as split on
/// purpose so that no filter sees it whole, a detail "exchanged before" used again, cash handed over instead of escrow. And
/// what must not be found: a request taken back once the rule is known, the days after a LINE follow as the subject of
/// the work. All texts are written for these tests.
/// </summary>
public sealed class IndirectContactRoundThirteenTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("message", "取り急ぎ ラ・イ・ン で続きを話しませんか。IDはプロフに書いてあります")]
    [InlineData("job", "写真の切り抜き | 応募の方は ス.ラ.ッ.ク のワークスペースに参加してください。やり取りはそちらで行います。")]
    [InlineData("message", "ここは通知が遅いので、紙飛行機のアプリで @mori_design まで連絡ください")]
    [InlineData("message", "携帯番号の前半は 080-52 です。残りは次のメッセージで送ります（まとめて書くと消されるので）")]
    [InlineData("profile", "すぐ返信できる方を探しています。緑のアプリで「kobo-works」を検索→追加してください。")]
    [InlineData("message", "watsapp の番号はプロフに載せてるので、そっちでも大丈夫です")]
    [InlineData("message", "前にお伝えしたチャワクのほうで続きをやりましょう。IDは変わっていません")]
    [InlineData("message", "前に交換したメールに、続きの資料を送っておきますね")]
    [InlineData("message", "仮払いはやめて、残りは納品のときに手渡しにしたいです")]
    public void Evaluate_ContactGivenAnotherWay_Blocks(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ContactAssert.Finds(findings, Decision.Block);
    }

    [Theory]
    [InlineData("message", "契約前はサイト外でのやりとりはダメなんですね。失礼しました、ここで続けます。")]
    [InlineData("job", "LINE公式アカウントの配信文 | 友だち追加後3日間に送るあいさつメッセージを3通作ってください。")]
    public void Evaluate_NotProposedHere_FindsNoContact(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ContactAssert.FindsNone(findings);
    }
}
