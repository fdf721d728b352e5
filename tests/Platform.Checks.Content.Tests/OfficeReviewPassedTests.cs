using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-three (session thirty-two's known miss blind225-0059): a client saying its post passed the office's review, with the
/// platform's own way to apply, was read as the office's service claimed (FakeOfficialDetector.IsReviewPassedOnly). An offer to get
/// someone through the review, or a passed review with an outside form, stays blocked. Written for these tests.
/// </summary>
public sealed class OfficeReviewPassedTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("本案件は事務局の審査に通った募集です。ご質問はこのページのメッセージ欄からどうぞ。")]
    [InlineData("事務局の審査を通過済みの求人です。応募ボタンから気軽にご応募ください。")]
    public void Evaluate_PostsOwnReviewPassed_ReportsNoFakeOfficial(string text) =>
        Assert.DoesNotContain(_check.Evaluate(Changes.Job(text, "データ入力"), CancellationToken.None), f => f.Category == Categories.FakeOfficial);

    [Theory]
    [InlineData("事務局の審査を通すお手伝いをします。アカウント審査でお困りの方はご相談ください。")]
    [InlineData("事務局の審査を通過しましたので、外部フォームで適性検査を受けてください。")]
    public void Evaluate_ReviewServiceOrLure_Blocks(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.FakeOfficial && f.Decision == Decision.Block);
    }
}
