using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-eight (2026-12-04), money categories (uncertain_compensation, unpaid_sample, mlm), from four new corpora by writers
/// of fortune-telling and matchmaking, delivery and home piecework, subsidies and NPOs, Web3 and online communities. Pay left to
/// results: only the pieces that reached a ranking paid, pieces out of the ranking unpaid, pay per member joining, fixed pay switched
/// to a count of things done, a share out of later sales, only the inspected pieces that pass bought, a gift as the pay, points named
/// as the pay, yen ruled out for a coin, a delivery brought back unpaid. Free samples: a test run of in-person work by its name, the
/// real work done once before deciding with its cost unpaid, the job's duties tried free for days, a full piece made for an internal
/// approval unpaid, pay and expenses of a trial both unpaid. Network recruiting: spreading the product as what earns, those told
/// telling others in turn, the shopping of those introduced, members built under the reader, staff joined through the reader, a
/// recruiting quota as the duty of joining. And the look-alikes: results-based pay declined, pay schemes compared or listed among
/// troubles, an amount changed, another currency, a ranking improved, a sample not read as pay on results, an approval document
/// ordered, a meeting or a visit before deciding, a perk for those introduced, a former member, having been recruited once, a design
/// kept out of the law, spreading a product on social media.
/// All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyEightMoneyTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // Pay left to results, pay in kind.
    [InlineData("uncertain_compensation", "job", "ブログ記事の執筆 | 公開後に検索5位以内に入った記事のみ、1本6,000円をお支払いします。")]
    [InlineData("uncertain_compensation", "job", "比較記事の執筆 | 1本5,000円です。ただし公開1か月後に圏外の記事は無報酬となります。")]
    [InlineData("uncertain_compensation", "job", "料理教室の紹介記事 | 記事経由で生徒が1名入会するごとに2,000円をお支払いします。")]
    [InlineData("uncertain_compensation", "job", "アプリのアイコン制作 | 報酬はリリース後の売上から一部をお渡しします。")]
    [InlineData("uncertain_compensation", "job", "手芸キットの組立内職 | 完成品を検品し、合格品のみ買い取ります。")]
    [InlineData("uncertain_compensation", "job", "ぬいぐるみの縫製内職 | 完成品は当社が買い取ります（検品合格分のみ）。")]
    [InlineData("uncertain_compensation", "job", "地域PRの写真撮影 | 報酬は返礼品そのもの（地元の特産品セット）となります。")]
    [InlineData("uncertain_compensation", "job", "記事作成 | 当店アプリで使えるポイント3,000ptを報酬としてお支払いします。")]
    [InlineData("uncertain_compensation", "job", "コミュニティ運営 | 報酬は円ではなく、当コミュニティのSTARで配布します。")]
    [InlineData("uncertain_compensation", "job", "宅配ドライバー | 1個につき150円。受取人の不在で持ち戻りとなった荷物は0円です。")]
    // Free samples asked in other words.
    [InlineData("unpaid_sample", "job", "ネットショップの発送代行 | テスト発送を5件（無償）行っていただき、合格された方に本発注します。")]
    [InlineData("unpaid_sample", "message", "お見積りだけでは決めかねるので、一度実際に半日作業してもらってから決めたいです。その分の費用はお支払いできないのですが。")]
    [InlineData("unpaid_sample", "job", "チャットサポート | まずは2日間、無償でサポート業務を体験していただきます。対応を見て継続する方を決めます。")]
    [InlineData("unpaid_sample", "message", "社内の稟議用に、本番と同じ形式の資料を1件作っていただけますか。費用は今回は出せなくて申し訳ないです。")]
    [InlineData("unpaid_sample", "job", "配送スタッフ | 採用前に1日、同乗テストに参加していただきます。テスト期間の報酬・交通費は出ません。")]
    // Network recruiting told by its shape.
    [InlineData("mlm", "profile", "化粧品を使って、良さを伝えて、伝えた方がまた伝えて…その分だけ収入になる仕組みです。")]
    [InlineData("mlm", "message", "私が使っているネックレスの会員になると、紹介した方のお買い物から毎月数パーセントが入ってくるんです。")]
    [InlineData("mlm", "message", "お仕事とは別に、健康食品の会員になって、ご自身の下にメンバーを作っていくと毎月ボーナスが増えるんです。")]
    [InlineData("mlm", "job", "清掃スタッフ募集 | パートナーになると、あなたの紹介で入ったスタッフの売上から毎月ボーナスが出ます。")]
    [InlineData("mlm", "proposal", "私のグループに入っていただければお仕事を回します。その代わり入会金と、毎月2人以上の勧誘をお願いしています。")]
    public void Evaluate_Violation_Blocks(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
        Assert.Equal(Decision.Block, Assert.Single(findings, f => f.Category == category).Decision);
    }

    [Theory]
    // Fixed pay switched to a count of things done after the escrow; the product's spreading pitched over tea.
    [InlineData("uncertain_compensation", DealStage.EscrowFunded, PartyRole.Client, "方針が変わり、固定額ではなく実際に販売された数に応じたお支払いに変更させてください。")]
    [InlineData("mlm", DealStage.Contracted, PartyRole.Client, "実は浄水器を使うだけじゃなく、広めることで収入にもなっていて…今度お茶でもしながらお話しさせてください。")]
    public void Evaluate_ViolationInDeal_Blocks(string category, DealStage stage, PartyRole sender, string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, stage, sender: sender), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
        Assert.Equal(Decision.Block, Assert.Single(findings, f => f.Category == category).Decision);
    }

    [Theory]
    // Results-based pay declined, pay schemes compared or listed among troubles, an amount changed, another currency, a ranking
    // improved, a perk for those introduced.
    [InlineData("worker", "成功報酬型でのご依頼もご検討いただいたようですが、規約上お受けできないため、固定料金でお見積りします。")]
    [InlineData("job", "報酬体系の比較表 | 完全歩合・時給制それぞれの手取りを比較できる表を作ってください。報酬は固定で2万円です。")]
    [InlineData("job", "業務委託の注意点 | 違約金、完全歩合、車両リースなど、個人事業主が陥りやすいトラブル事例をまとめてください。報酬は1記事1万円です。")]
    [InlineData("message", "報酬は5万円ではなく6万円でお願いします。")]
    [InlineData("message", "報酬は円ではなく米ドルでお支払いします。")]
    [InlineData("job", "SEO改善 | 検索順位が圏外になったページの改善点をまとめてください。報酬は1本8,000円です。")]
    [InlineData("job", "会員募集記事 | ご紹介いただいた方が入会すると、特典として記念品をお送りします。記事の報酬は1本1万円です。")]
    public void Evaluate_LookAlike_ReportsNoUncertainCompensation(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    [Fact]
    public void Evaluate_SampleUnpaidIfNotAdopted_IsASampleNotUncertainPay()
    {
        // The piece asked ahead as a sample and unpaid if not adopted is a free sample, not pay left to results.
        var findings = _check.Evaluate(
            Changes.OfKind("message", "サンプルとして1本だけ先に書いてもらえますか？採用にならなかった場合はお支払いできません。"), CancellationToken.None);

        Assert.Contains(findings, f => f.Category == Categories.UnpaidSample && f.Decision == Decision.Block);
        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    [Theory]
    // An approval document ordered and paid, a meeting or a site visit before deciding.
    [InlineData("job", "稟議用資料の作成 | 社内の稟議用に提出する資料を作ってください。報酬は3万円です。")]
    [InlineData("message", "一度実際にお会いしてから決めたいです。交通費はこちらで負担します。")]
    [InlineData("message", "一度実際に現場を見ていただいてから決めたいです。見学は無料です。")]
    public void Evaluate_LookAlike_ReportsNoUnpaidSample(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UnpaidSample);
    }

    [Theory]
    // A former member, having been recruited once, spreading a product on social media.
    [InlineData("profile", "元ネットワークビジネス会員です。今は退会の相談に乗っています。")]
    [InlineData("message", "以前、知人にネットワークビジネスに誘われたことがあって、その経験をコラムにしたいです。")]
    [InlineData("job", "SNS運用 | 新商品をSNSで広めることで認知度を上げたいです。報酬は月5万円です。")]
    public void Evaluate_LookAlike_ReportsNoMlm(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.Mlm);
    }

    [Fact]
    public void Evaluate_ReferralDesignKeptOutOfTheLaw_ReportsNoMlm()
    {
        // A delivered referral scheme kept to one level because more would fall under the law: a design, not recruiting.
        var findings = _check.Evaluate(
            Changes.Message("紹介特典が多段階になると連鎖販売取引に該当するおそれがあるため、1段階のみとしました。", DealStage.Delivered, sender: PartyRole.Worker),
            CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.Mlm);
    }
}
