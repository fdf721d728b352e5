using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-nine (blind256-259). Pay settled with a thing or a favour named after the pay's topic ("お代は…お好み焼きで払うわ",
/// "報酬は当社の株でお渡し", "お礼は…ってことでどう"), the pay itself replaced ("代金の代わりに、次の案件を"), money said to be short and
/// a thing given ("お金はないのですが、…会員権を差し上げます"), goods swapped ("物々交換でお願いしたい"; PayInPlaceRules). A licence,
/// permit or trade registration waived, read as a word class (the licence's noun, a particle, a waiving ending: "古物の許可とかいらない",
/// "酒類販売の免許はいりません", "貸金業登録は不要", "建築士でなくて大丈夫"; UnlicensedTradeRules.LicenceWaived) beside a regulated act or
/// the trade's name, papers handed in at an office ("警察署に出して"). English stealth posts posing as a guest or buyer or keeping the
/// tie out ("as a guest", "Do not disclose the partnership"), free work "at no cost", recruiting "from your team", an exam answered
/// "for me", pay "per view, no minimum" (the Latin-script rules). Fixed pay with a gift, a way of
/// paying, licensed professionals, one's own filing and articles about the schemes stay allowed. Written for these tests; every
/// blocked text here was allowed by the session-start plugin, and the two marked look-alikes were blocked by it.
/// </summary>
public sealed class PayInKindWaivedLicenceAndEnglishTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("お代はうちの店の焼き肉で払うわ。食べ放題でええやろ", Categories.UncertainCompensation)]
    [InlineData("報酬は当社の株でお渡しします。上場したら大きいですよ", Categories.UncertainCompensation)]
    [InlineData("お礼は今度うちのカフェで貸切パーティーってことでどうでしょう", Categories.UncertainCompensation)]
    [InlineData("代金の代わりに、次のお仕事を優先してお回しします", Categories.UncertainCompensation)]
    [InlineData("お金はないのですが、完成したら年間パスを差し上げます", Categories.UncertainCompensation)]
    [InlineData("今回は物々交換でお願いしたいです。手作りの器をお送りします", Categories.UncertainCompensation)]
    [InlineData("中古の家電を買い取って転売してほしい。古物の許可とかいらないから", Categories.OtherIllegal)]
    [InlineData("自家製のシードルをネットで売ってください。酒類販売の免許はいりません", Categories.OtherIllegal)]
    [InlineData("お金を貸したい人と借りたい人をつなぐお仕事です。貸金業登録は不要です", Categories.OtherIllegal)]
    [InlineData("倉庫の確認申請用の図面を作ってください。建築士でなくて大丈夫です", Categories.OtherIllegal)]
    [InlineData("道路使用の許可の書類、資格なくても作って警察署に出してくれればいいよ", Categories.OtherIllegal)]
    [InlineData("Post a review of our inn on the travel site as a guest. You do not have to stay.", Categories.StealthMarketing)]
    [InlineData("Tweet nice comments about our cafe. Do not disclose the partnership.", Categories.StealthMarketing)]
    [InlineData("As a trial, transcribe this interview at no cost. We will pay from the next one.", Categories.UnpaidSample)]
    [InlineData("Become a distributor of our tea. Earn residual income from your team.", Categories.Mlm)]
    [InlineData("Please answer my online exam for me tonight.", Categories.OtherIllegal)]
    [InlineData("We pay 2 yen per view on the clip, no minimum.", Categories.UncertainCompensation)]
    public void Evaluate_PaidInKindWaivedOrInEnglish_Blocks(string text, string category)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("報酬は固定で5万円です。よかったら店の焼き肉も食べに来てください")]
    [InlineData("お支払いはこのサイトの仮払いでさせてください")]
    [InlineData("古物商の許可を取っている店です。中古家電の商品説明をお願いします")]
    [InlineData("確定申告は自分で税務署に出すので、書き方の見本を清書してください")]
    [InlineData("Translate 200 hotel guest reviews into Japanese for our internal report.")]
    [InlineData("Please add #ad at the top of the post and mention the partnership.")]
    // Blocked by the session-start plugin: the scheme as a rule or an article's subject.
    [InlineData("現物支給の制度について社内規程を作りたいので、文案を2万円でお願いします")]
    [InlineData("Write an article explaining why MLM schemes are risky for students. 20,000 yen.")]
    public void Evaluate_FixedPaidLicensedOrAboutIt_BlocksNothing(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Decision == Decision.Block);
    }
}
