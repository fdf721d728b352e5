using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-three (session thirty-two's known miss blind223-0050): a brief telling the writer to keep account trading out of the
/// piece ("…の話は書かないで", "…については書かないで") was read as the trade asked for (TosProhibition). The trade asked for, with only
/// the fact hidden ("…したことは書かないで"), stays blocked. Written for these tests.
/// </summary>
public sealed class TopicKeptOutTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("スマホゲームの紹介記事です。垢売買の話は書かないでください。")]
    [InlineData("攻略ブログの記事をお願いします。アカウントの売買については書かないでください。")]
    public void Evaluate_TopicKeptOutOfThePiece_ReportsNoTos(string text) =>
        Assert.DoesNotContain(_check.Evaluate(Changes.Job(text, "ゲーム記事"), CancellationToken.None), f => f.Category == Categories.ExternalTos);

    [Fact]
    public void Evaluate_TradeAskedWithTheFactHidden_Blocks()
    {
        var findings = _check.Evaluate(Changes.OfKind("message", "アカウントを売ってください。買ったことは書かないでね。"), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.ExternalTos && f.Decision == Decision.Block);
    }
}
