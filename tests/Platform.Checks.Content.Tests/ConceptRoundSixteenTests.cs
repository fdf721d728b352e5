namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round sixteen (2026-12-03), from two more tuning corpora (texts that look like contact sharing; legitimate work that
/// sounds like a violation): a term quoted as the heading of the piece being written is the piece's subject, and goods sent
/// on top of a fixed sum in yen marked (固定) or (税込) are no pay in kind. And what must still be flagged: the same terms
/// used to recruit, goods instead of money. All texts are written for these tests.
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
    public void Evaluate_Violation_Reports(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);
}
