using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round five (2026-12-02): benign texts that two new blind corpora showed blocked, each kind of mistake with sentences
/// written for these tests: a scheme named as what a text must not sound like, a follower-buying tactic declared not
/// needed, and pay on results on top of a paid base (an hourly rate or a fixed fee with its amount, a retainer). The
/// positives check that a base named only to be denied or refused still leaves commission-only pay found.
/// </summary>
public sealed class BenignRoundFiveTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("message", "ご依頼の紹介記事、MLMの勧誘文っぽくならないよう、事実だけを並べる書き方にしました。")]
    [InlineData("job", "雑貨店のInstagram運用（週2回の投稿とストーリーズ）をお願いします。フォロワー購入のような施策は不要です。月額4万円。")]
    [InlineData("job", "BtoBのテレアポです。時給1,300円（時間単価契約）に加えて、アポ1件ごとにインセンティブ800円をお支払いします。")]
    [InlineData("message", "固定報酬3万円は仮払い済みです。成果報酬の分は、月末に件数を確認して追加契約でお支払いします。")]
    [InlineData("proposal", "社会保険労務士です。助成金の申請代行は、着手金と成功報酬の金額を事前に確定してお見積りします。")]
    public void Evaluate_BenignText_ReportsNothing(string kind, string text)
    {
        Assert.Empty(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Theory]
    [InlineData("job", "固定報酬を希望される方はご遠慮ください。報酬は成約1件につき5,000円の歩合です。")]
    [InlineData("message", "時給はなく、売れた分の20%をお支払いする歩合制になります。")]
    [InlineData("job", "固定報酬0円、成約1件ごとに1万円をお支払いする完全歩合のお仕事です。")]
    public void Evaluate_BaseDeniedOrRefused_StillFindsCommissionOnlyPay(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.Contains(findings, f => f.Category == Categories.UncertainCompensation);
    }
}
