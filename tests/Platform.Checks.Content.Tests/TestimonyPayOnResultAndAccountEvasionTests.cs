using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-seven (blind249-251). MLM told as a success story with no money word passed: the recruits recruiting in turn, the
/// writer's network, its levels or a rank, and the reader invited ("仲間が仲間を連れてきてくれる…次はあなたの番", "30 people under me. Sign
/// up under me", MlmChainRules.Testimony). Pay made to wait on a result the worker cannot ensure passed when said without a scheme's name
/// ("…ついたらお支払いします。つかなかったらごめんなさい", "売れ始めたら", "連載が決まれば", "come out of the sales", ConditionalPayRules). Fresh
/// accounts for a once-only benefit, one account used by many or by someone else, and a service's limit got past passed
/// (AccountEvasionRules). Warnings, volunteers, a game, fixed fees with a bonus, pay on acceptance, the reader's own account, fraud
/// detection and refusals stay allowed. Written for these tests; every blocked text here was allowed by the session-start plugin.
/// </summary>
public sealed class TestimonyPayOnResultAndAccountEvasionTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("仲間が仲間を連れてきてくれるので、今は朝もゆっくりです。次はあなたの番ですよ", Categories.Mlm)]
    [InlineData("去年始めて、声をかけた人たちがまた広めてくれて、今は私のチームが全国に三百人。一緒にやりませんか", Categories.Mlm)]
    [InlineData("I joined last spring, and now there are 30 people under me. Sign up under me and I'll show you how.", Categories.Mlm)]
    [InlineData("私の系列から今月また新しいリーダーが出ました。次はあなたの番ですよ", Categories.Mlm)]
    [InlineData("星四つ以上の評価がついたらお支払いします。つかなかったらごめんなさい", Categories.UncertainCompensation)]
    [InlineData("商品が売れ始めたら、その時に報酬をお支払いします", Categories.UncertainCompensation)]
    [InlineData("連載が決まれば、原稿料をお支払いします", Categories.UncertainCompensation)]
    [InlineData("Your fee will come out of the sales of the album.", Categories.UncertainCompensation)]
    [InlineData("翻訳アプリの無料枠、アカウント作りまくって毎月使い続けたいので手伝ってほしい", Categories.ExternalTos)]
    [InlineData("動画サブスクのアカウントを一つ契約して、八人で回して使えるように設定してください", Categories.ExternalTos)]
    [InlineData("Could you log into my account and finish the daily quests for me every night?", Categories.ExternalTos)]
    [InlineData("このSNSはDMの送信に上限があるので、上限を超えて送れるツールを作ってください", Categories.ExternalTos)]
    public void Evaluate_ToldWithoutTheSchemesName_Blocks(string text, string category)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("「下に百人」「チームが勝手に回る」という体験談の勧誘には気をつけてください")]
    [InlineData("ボランティアの仲間が仲間を連れてきて、今は五十人の会になりました。次はあなたの番、ではなく活動報告の冊子をお願いします")]
    [InlineData("ゲームのランクがダイヤモンドになったので、あなたも一緒にやりませんか")]
    [InlineData("報酬は固定3万円で、売れ行きに関係なく検収後にお支払いします")]
    [InlineData("検収が完了したら、すぐにお支払いします")]
    [InlineData("報酬は固定です。売れたら追加でボーナスもお支払いします")]
    [InlineData("Meta Business Suiteで担当者として追加したので、ご自身のアカウントでログインしてください")]
    [InlineData("同じ人が別のアカウントを作ってクーポンを何回も使うのを検知する仕組みを作ってください")]
    [InlineData("代わりにログインしてほしいと頼まれましたが、アカウントの共有は規約違反なのでお断りしました")]
    // Round thirty-six's left-overs, blocked by the session-start plugin: followers refused in English before the act (TosProhibition),
    // pay on results turned down for a fixed fee (PayConditionRules' wants-fixed words).
    [InlineData("We don't buy likes or followers anymore. Please plan our posts and reply to comments.")]
    [InlineData("成果報酬でのご依頼もありましたが、当方は固定報酬のみで承っております")]
    public void Evaluate_TheSameWordsWarnedFixedOrAsTheWork_BlocksNothing(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Decision == Decision.Block);
    }
}
