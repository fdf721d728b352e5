using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-three (contact group), remote_desktop: the tool clipped to four kana (リモデ), a connection made from afar to set up or
/// fix the machine. And the look-alikes: a renovation (リモデル), a remote meeting, a refusal. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyThreeContactTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("worker", "リモデでそちらの画面を触らせてもらえれば一瞬です")]
    [InlineData("worker", "設定が分かりにくいので、リモデを入れてもらっていいですか？")]
    [InlineData("message", "遠隔でつないで設定していただけると助かります。")]
    [InlineData("worker", "リモートでつないで直しますので、少しお時間ください。")]
    public void Evaluate_RemoteControl_Advises(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.RemoteDesktop);
        Assert.Contains(findings, f => f.Category == Categories.RemoteDesktop && f.Decision == Decision.Advise);
    }

    [Theory]
    [InlineData("job", "キッチンのリモデルを考えています。完成イメージのパースを作ってください。")]
    [InlineData("message", "来週は遠隔でつないで打ち合わせしましょう。")]
    [InlineData("worker", "遠隔でつないで設定する方法は使わず、手順書をお送りします。")]
    public void Evaluate_NotRemoteControl_FindsNone(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.RemoteDesktop);
    }
}
