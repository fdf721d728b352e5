namespace Platform.Checks.Content.Tests;

public sealed class EvidenceTests
{
    private readonly ContentCheck _check = new();

    [Fact]
    public void Evaluate_FullWidthAndHiragana_EvidencePointsAtOriginalText()
    {
        const string text = "ご相談です。ＴｅａｍＶｉｅｗｅｒで私のＰＣを操作してもらえますか";

        var finding = Assert.Single(_check.Evaluate(Changes.Message(text), CancellationToken.None));
        var span = Assert.Single(finding.Evidence);

        Assert.Equal("text", span.Field);
        Assert.Equal("ＴｅａｍＶｉｅｗｅｒ", span.Excerpt);
        Assert.Equal(text.Substring(span.Start, span.Length), span.Excerpt);
    }

    [Fact]
    public void Evaluate_CueInTitle_EvidencePointsAtTitle()
    {
        const string title = "ねっとわーくびじねす仲間募集";
        var change = Changes.Job("一緒に頑張れる方を募集しています。", title);

        var finding = Assert.Single(_check.Evaluate(change, CancellationToken.None));
        var span = Assert.Single(finding.Evidence);

        Assert.Equal("title", span.Field);
        Assert.Equal(title.Substring(span.Start, span.Length), span.Excerpt);
        Assert.Equal("ねっとわーくびじねす", span.Excerpt);
    }

    [Fact]
    public void Evaluate_CueInBody_OffsetIsRelativeToBody()
    {
        const string body = "ご依頼の前に。\n当社は在宅でできるMLMの会員を募集しています。";
        var change = Changes.Job(body, "在宅ワーク");

        var span = Assert.Single(Assert.Single(_check.Evaluate(change, CancellationToken.None)).Evidence);

        Assert.Equal("text", span.Field);
        Assert.Equal("MLM", span.Excerpt);
        Assert.Equal(body.IndexOf("MLM", StringComparison.Ordinal), span.Start);
    }

    [Fact]
    public void Evaluate_OneMegabyteText_Finishes()
    {
        var chunk = "権利収入 フォロワー購入 AnyDesk 事務局 承認 フォーム 卒業論文 代筆 無料 サンプル 成果報酬 ★5 レビュー PRなし。";
        var text = string.Concat(Enumerable.Repeat(chunk, (1_048_576 / chunk.Length) + 1))[..1_048_576];

        var findings = _check.Evaluate(Changes.Message(text), CancellationToken.None);

        Assert.NotEmpty(findings);
    }

    [Fact]
    public void Evaluate_EmptyText_ReportsNothing()
    {
        Assert.Empty(_check.Evaluate(Changes.Message(string.Empty), CancellationToken.None));
    }
}
