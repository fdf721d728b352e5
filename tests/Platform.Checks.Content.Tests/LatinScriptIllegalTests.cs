using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-three (blind231): coursework written to be handed in as the asker's own, an exam taken in their place and a bank
/// account lent, written in English or romaji, passed, as the Japanese rules' cues are kana and kanji (LatinScriptRules). Help with
/// one's own writing, preparation for a test, a payout account and a refusal stay allowed. Written for these tests.
/// </summary>
public sealed class LatinScriptIllegalTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("Can you write my history assignment? I'll hand it in under my name next week.")]
    [InlineData("kimatsu no repooto wo kawari ni kaite moraemasen ka? jibun no namae de teishutsu shimasu.")]
    [InlineData("Please sit my IELTS exam for me next month, I'll pay well.")]
    [InlineData("I need someone to write essays I can hand in as my own for my literature class.")]
    [InlineData("kouza wo hitotsu kashite kuremasen ka? orei wa shimasu.")]
    [InlineData("Could you lend me your bank account for a month? Just to receive some transfers.")]
    public void Evaluate_LatinScriptIllegalRequest_Blocks(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("Can you proofread my history assignment? I wrote it myself.")]
    [InlineData("kimatsu no repooto no tensaku wo onegai shimasu.")]
    [InlineData("Could you help me prepare for my IELTS exam with a few mock tests?")]
    [InlineData("Please register your bank account so the payout can reach you.")]
    [InlineData("Sorry, I can't lend you my bank account, that's illegal.")]
    [InlineData("I'm looking for proofreading of the essays I wrote myself for my literature class.")]
    public void Evaluate_OwnWorkPreparationOrRefusal_ReportsNoIllegal(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.OtherIllegal);
    }
}
