using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Someone else's name said not to be accepted is a rule stated, not a breach asked for: "他人名義の口座は使えません",
/// "他人名義のアカウントは当キャンペーンではご利用いただけません". Asked whether it may be used, or asked for, it stays a breach of
/// the service's terms. All texts are written for these tests.
/// </summary>
public sealed class NotAcceptedNameTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("client", "他人名義の口座は使えません。ご本人名義の口座をご登録ください。")]
    [InlineData("job", "他人名義のアカウントは当キャンペーンではご利用いただけません。")]
    [InlineData("client", "家族名義のアカウントでの応募は受け付けておりません。お一人様一回までです。")]
    public void Evaluate_OtherNameNotAccepted_ReportsNoContentCategory(string kind, string text)
    {
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Theory]
    [InlineData("client", "1人1回までなので、ご家族の名義でも応募してください。謝礼は1件500円です。")]
    [InlineData("client", "他人名義のアカウントでも応募に使えませんか？1人1回までなので、何口か応募したいです。")]
    public void Evaluate_OtherNameAskedFor_ReportsExternalTos(string kind, string text)
    {
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Categories.ExternalTos);
    }
}
