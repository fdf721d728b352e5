using Platform.Compliance.Abstractions;

namespace Platform.Compliance.Tests;

public sealed class DoubtsTests
{
    private static readonly Effect[] BlockEffects =
    [
        new(EffectKind.NotifySupport, "m-1", "x", "理由"),
        new(EffectKind.FlagUser, "u-1", "x", "理由"),
        new(EffectKind.WarnUser, "u-1", "x", "理由"),
        new(EffectKind.RevokeApprovals, "u-1", "x", "理由"),
        new(EffectKind.HideJob, "j-1", "x", "理由"),
    ];

    [Fact]
    public void Apply_BlockInDoubtedCategory_HeldReviewedAtOnceTheRestWhenUpheld()
    {
        var block = new Finding(Categories.Mlm, Decision.Block, 0.9, "mlm.recruiting", "理由", [], BlockEffects);

        var held = Assert.Single(Doubts.Apply([block], Doubted(Categories.Mlm)));

        Assert.Equal((Decision.Hold, "mlm.recruiting"), (held.Decision, held.Code));
        var now = Assert.Single(held.Effects, e => !e.WhenUpheld);
        Assert.Equal((EffectKind.HoldForReview, "m-1"), (now.Kind, now.TargetId));
        Assert.Equal(
            [EffectKind.FlagUser, EffectKind.WarnUser, EffectKind.RevokeApprovals, EffectKind.HideJob],
            held.Effects.Where(e => e.WhenUpheld).Select(e => e.Kind));
    }

    [Theory]
    [InlineData("勧誘と判断されるため、送信・掲載できません。", "勧誘と判断されるため、担当者が確認するまで保留されます。")]
    [InlineData("規約で禁止されています。", "規約で禁止されています。担当者が確認するまで保留されます。")]
    [InlineData("禁止語が含まれています (probe v1.0.0)", "禁止語が含まれています (probe v1.0.0)。担当者が確認するまで保留されます。")]
    public void Apply_DoubtedBlock_ReasonSaysHeldForReview(string reason, string expected)
    {
        var block = new Finding(Categories.ExternalTos, Decision.Block, 0.9, "tos.account_sale", reason, [], BlockEffects);

        var held = Assert.Single(Doubts.Apply([block], Doubted(Categories.ExternalTos)));

        Assert.Equal(expected, held.ReasonJa);
    }

    [Fact]
    public void Apply_OtherCategoriesAndMilderDecisions_Unchanged()
    {
        Finding[] findings =
        [
            new(Categories.OtherIllegal, Decision.Block, 0.9, "illegal.x", "理由", [], BlockEffects),
            new(Categories.Mlm, Decision.Hold, 0.9, "mlm.x", "理由"),
            new(Categories.RemoteDesktop, Decision.Advise, 0.9, "remote.x", "理由"),
        ];

        var result = Doubts.Apply(findings, Doubted(Categories.Mlm, Categories.RemoteDesktop));

        Assert.Same(findings, result);
        Assert.Equal(5, result[0].Effects.Count);
    }

    [Fact]
    public void Categories_OnlyFindingsThatDoubt()
    {
        Finding[] findings =
        [
            new(Categories.Mlm, Decision.Hold, 0.1, "scorer.doubt", "理由") { Doubts = true },
            new(Categories.OtherIllegal, Decision.Hold, 0.9, "scorer.other_illegal", "理由"),
        ];

        Assert.Equal([Categories.Mlm], Doubts.Categories(findings)!);
        Assert.Null(Doubts.Categories([findings[1]]));
    }

    private static HashSet<string> Doubted(params string[] categories) => new(categories, StringComparer.Ordinal);
}
