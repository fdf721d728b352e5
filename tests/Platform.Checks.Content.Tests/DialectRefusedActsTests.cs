using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-five (blind242): an act refused in western dialects was read as asked for: name lending called against the law and
/// turned down ("名義貸しは法律違反じゃけえ…断っとります", Lexicon.Refusal += はできん, 断っとります, は法律違反じゃ…), remote access
/// refused or told and declined ("チームビューアーはよう使わんけ", "…と言われたけど断りました", RemoteDesktopDetector's negations += 使わん,
/// 断りました), pay on results denied in Kansai ("成果報酬ちゃうで、固定やで", UncertainCompensationDetector's denials += ちゃうで, ちゃいます).
/// The same acts asked for in dialect stay flagged. Written for these tests.
/// </summary>
public sealed class DialectRefusedActsTests
{
    private readonly ContentCheck _check = new();

    [Fact]
    public void Evaluate_NameLendingRefusedInDialect_ReportsNoIllegal()
    {
        var findings = _check.Evaluate(Changes.OfKind("worker", "名義貸しは法律違反じゃけえ、そげな話は断っとります"), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.OtherIllegal);
    }

    [Theory]
    [InlineData("チームビューアーはよう使わんけ、手順を文で送ってくれんね")]
    [InlineData("前のお客さんにAnyDeskで入ってと言われたけど断りました。今回も手順書で進めます")]
    public void Evaluate_RemoteAccessRefused_ReportsNoRemoteDesktop(string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, DealStage.Contracted), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.RemoteDesktop);
    }

    [Theory]
    [InlineData("歩合制ちゃうで、固定やで、って話してから受けたんよ")]
    [InlineData("うちは成果報酬ちゃうで。固定の一万円や")]
    public void Evaluate_PayOnResultsDeniedInKansai_ReportsNoUncertainPay(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    [Theory]
    [InlineData("名義貸してくれたら、月二万払うけえ", Categories.OtherIllegal)]
    [InlineData("パソコンようわからんけ、チームビューアーで触ってくれんね", Categories.RemoteDesktop)]
    [InlineData("報酬は成果報酬のみやで、売れんかったらゼロや", Categories.UncertainCompensation)]
    public void Evaluate_TheSameActsAskedInDialect_AreFlagged(string text, string category)
    {
        var findings = _check.Evaluate(Changes.Message(text, DealStage.Contracted), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == category);
    }
}
