using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Ordinary follower-growth work (exploratory test, 2026-12-06): the rules allow it, and say so with an allow finding
/// <c>tos.ordinary_growth</c> in external_tos, which the scorer reads as the rules clearing that category; never when the text buys,
/// automates, fakes or trades the count or the account, or promises a number. All texts are written for these tests.
/// </summary>
public sealed class OrdinaryGrowthTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("job", "Instagramアカウントの運用代行。投稿企画と分析で、フォロワーを自然に増やしたい（購入やツールは使いません）")]
    [InlineData("job", "TikTokのフォロワーを伸ばしたいので、企画・撮影・編集をお願いします。")]
    [InlineData("proposal", "YouTubeの登録者を増やすため、サムネイルと台本の改善からお手伝いします。")]
    [InlineData("job", "カフェのInstagramでフォロワーを増やしたいです。週3回の投稿作成とハッシュタグの見直しをお願いします。")]
    [InlineData("proposal", "Xの運用では、分析ツールで反応を見ながら投稿を改善し、フォロワーを着実に伸ばしてきました。")]
    public void Evaluate_CountGrownByOrdinaryWork_ClearsExternalTosWithAnAllowFinding(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        var clear = Assert.Single(findings, f => f.Category == Categories.ExternalTos);
        Assert.Equal((Decision.Allow, "tos.ordinary_growth"), (clear.Decision, clear.Code));
        Assert.Empty(clear.Effects);
        Assert.NotEmpty(clear.Evidence);
        Assert.All(findings, f => Assert.True(f.Decision <= Decision.Advise, f.Code));
    }

    [Theory]
    [InlineData("job", "フォロワーを増やす運用をお願いします。相互フォローも使って一気に増やしたいです。")]
    [InlineData("job", "インスタのフォロワーを増やしたい。運用のほか、フォロワーの購入もお任せします。")]
    [InlineData("job", "Xの運用で、フォロワーを1万人増やすことを保証してください。")]
    [InlineData("proposal", "フォロワーを増やす運用代行です。自動いいねツールで効率よく伸ばします。")]
    [InlineData("job", "再生回数を伸ばす運用をお願いします。複数アカウントから再生してくれる方歓迎。")]
    [InlineData("job", "フォロワーを増やしたアカウントは、後でまとめて転売する予定です。運用をお願いします。")]
    [InlineData("job", "インスタの運用代行で5000フォロワーまで伸ばしてください。")]
    [InlineData("job", "フォロワーを増やしたいです。よろしくお願いします。")]
    public void Evaluate_CountBoughtAutomatedFakedOrUnworked_NeverCleared(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Code == "tos.ordinary_growth");
    }
}
