using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round thirteen: apps spelled with a dot between their letters (ラ・イ・ン, ス.ラ.ッ.ク) or misspelt and shortened (watsapp,
/// チャワク), described by their icon (紙飛行機のアプリ), found by a quoted name and added, a number announced as split on
/// purpose so that no filter sees it whole, a detail "exchanged before" used again, cash handed over instead of escrow. And
/// what must not be found: a request taken back once the rule is known, the days after a LINE follow as the subject of
/// the work. A second part: an app named right after a conditional, a payment app used before escrow, a number spelled
/// one group per line; not found, a detail no longer to be used, a term discussed in a translation, a LINE login built. All
/// texts are written for these tests.
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
    // Second part: an app right after a conditional (よかったらインスタ folds to "…ラインスタ"), a payment app used before
    // escrow, a number spelled one group per line.
    [InlineData("message", "よかったらインスタのDMで続きを話しませんか？")]
    [InlineData("message", "よければインスタで話しませんか")]
    [InlineData("message", "PayPayで先に半分送っちゃってもいいですか？残りは納品後で。")]
    [InlineData("message", "電話の方が早いです！\nゼロハチゼロ、\nにーさんよんごー、\nろくななはちきゅう")]
    public void Evaluate_ContactGivenAnotherWay_Blocks(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ContactAssert.Finds(findings, Decision.Block);
    }

    [Theory]
    [InlineData("message", "契約前はサイト外でのやりとりはダメなんですね。失礼しました、ここで続けます。")]
    [InlineData("job", "LINE公式アカウントの配信文 | 友だち追加後3日間に送るあいさつメッセージを3通作ってください。")]
    [InlineData("message", "公開が取り消された件、承知しました。前にお伝えした番号にはもう連絡いただかなくて大丈夫です。")]
    [InlineData("message", "訳文の「直接取引」という用語は「相対取引」に統一しました。")]
    [InlineData("job", "LINEログインの実装 | 会員登録にLINEログインを追加し、友だち追加オプションも設定してください。")]
    [InlineData("job", "カスタマーサポート | 在宅でのメール問い合わせ対応をお願いします。時給1,300円です。")]
    [InlineData("job", "展示会の電話受付 | 出展者さまからのお問い合わせ電話・メールに対応していただきます。")]
    [InlineData("job", "電話番号のバリデーション | 入力チェック関数を作ってください。テストケース例：\nOK: 090-1234-5678\nNG: 090-1234-567")]
    [InlineData("message", "メールアドレスをお伝えしようと思ったのですが、このサイトではまだいけないと聞きましたので、こちらで失礼します。")]
    [InlineData("job", "キャンペーンバナー | バナー内に「LINE友だち追加でクーポン」のボタンデザインを入れてください。")]
    public void Evaluate_NotProposedHere_FindsNoContact(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ContactAssert.FindsNone(findings);
    }
}
