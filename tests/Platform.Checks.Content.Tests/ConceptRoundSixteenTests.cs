namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round sixteen (2026-12-03), from two more tuning corpora (texts that look like contact sharing; legitimate work that
/// sounds like a violation): a term quoted as the heading of the piece being written is the piece's subject, and goods sent
/// on top of a fixed sum in yen marked (固定) or (税込) are no pay in kind. And what must still be flagged: the same terms
/// used to recruit, goods instead of money, pay per view with no minimum, a disclosure line cut out, remote control asked for
/// in place of written steps or with no tool named, entries under several names or made-up details, a search-and-cart routine
/// repeated for rank, a high rating paid back. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundSixteenTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("message", "構成案拝見しました。「ネットワークビジネスとは」の章、もう少し法律面を厚めにしていただけると助かります。")]
    [InlineData("message", "「権利収入で自由な暮らし」という見出しは誤解を招くので、「権利収入をうたう勧誘の実態」に変えてください。")]
    [InlineData("job", "新作リップのInstagram投稿 | 投稿には必ず「#PR」を入れてください。報酬：1投稿15,000円（固定）＋商品提供。")]
    [InlineData("job", "商品レビュー動画 | PR表記をお願いします。報酬は20,000円（税込）と商品一式です。")]
    public void Evaluate_NotAViolation_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    [Theory]
    [InlineData("mlm", "message", "ネットワークビジネスを一緒にやりませんか？紹介した人が増えるほど権利収入が入ります。")]
    [InlineData("uncertain_compensation", "job", "商品モニター | 報酬は現金ではなく、商品の現物支給となります。")]
    // No minimum said outright: "最低保証" names no base when it is said not to exist.
    [InlineData("uncertain_compensation", "job", "ショート動画の台本 | 報酬は再生数×0.2円です。バズれば大きく稼げます。最低保証はありません。")]
    // The disclosure line cut from the finished piece.
    [InlineData("stealth_marketing", "message", "最後の「※この記事には広告が含まれます」は削っておいてください。自然な体験談に見せたいので。")]
    // The tool preferred to writing instructions, and control asked for with no tool or machine named.
    [InlineData("remote_desktop", "message", "メールで手順を説明するより、AnyDeskで画面を操作させてもらえると早いです。入れておいてもらえますか？")]
    [InlineData("remote_desktop", "message", "初期設定は自信がないので、リモートで直接操作してやってもらえると助かります。")]
    // Several names or made-up details to enter many times, a search-and-cart routine repeated for rank.
    [InlineData("external_tos", "job", "限定スニーカーの抽選 | 複数の名義でオンライン抽選に申し込んでいただける方を募集します。1足につき3,000円。")]
    [InlineData("external_tos", "job", "アンケートサイト登録 | こちらで用意した情報で複数登録して、謝礼ポイントを集めてください。")]
    [InlineData("external_tos", "job", "楽天の順位対策 | 指定のワードで検索→商品ページ閲覧→カート追加、を毎日繰り返してください。")]
    // A high rating asked for and the purchase paid back for it.
    [InlineData("stealth_marketing", "message", "届いたらレビューに高評価をつけてもらえれば、商品代金分はあとでキャッシュバックします。")]
    public void Evaluate_Violation_Reports(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);
}
