using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// A recruiting pitch with a symbol between every char of its key words ("権★利★収★入", "ネ⋮ッ⋮ト⋮ワ⋮ー⋮ク⋮ビ⋮ジ⋮ネ⋮ス") was
/// allowed: the shared fold now drops a symbol or emoji put between single chars. Found by an adversarial probe of the running
/// scan (2026-12-05); every text is written for these tests.
/// </summary>
public sealed class WrittenToSlipPastContentTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("友達を紹介するだけで権★利★収★入が得られます。ダ★ウ★ン★ラ★イ★ンを作りましょう")]
    [InlineData("ネ⋮ッ⋮ト⋮ワ⋮ー⋮ク⋮ビ⋮ジ⋮ネ⋮スの仲間を募集しています")]
    [InlineData("ネ🍀ッ🍀ト🍀ワ🍀ー🍀ク🍀ビ🍀ジ🍀ネ🍀スの仲間を紹介するだけで権利収入が入ります")]
    public void Evaluate_RecruitingWithMarksBetweenChars_Blocks(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == "mlm" && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("評価は★★★★☆でした。またよろしくお願いします♪")]
    [InlineData("ネットワーク構築★サーバー保守★ヘルプデスクの経験があります。")]
    public void Evaluate_MarksInOrdinaryText_ReportsNoContentCategory(string text)
    {
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind("message", text), CancellationToken.None));
    }
}
