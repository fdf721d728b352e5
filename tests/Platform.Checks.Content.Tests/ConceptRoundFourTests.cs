using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// The concepts added in the fourth broadening round for mlm, stealth_marketing, uncertain_compensation and
/// unpaid_sample (the recruiter's own success story, evading the stealth label, revenue split or exposure instead of a
/// fee, pieces paid only on adoption), and hard negatives for each. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundFourTests
{
    private static readonly string[] Mine =
    [
        Categories.Mlm, Categories.StealthMarketing, Categories.UncertainCompensation, Categories.UnpaidSample,
    ];

    private readonly ContentCheck _check = new();

    [Theory]
    // mlm: referrals as the income source, a rank or group size bragged with income, the upline named, the name denied
    // while the scheme is described, recruits' profits flowing up.
    [InlineData("mlm", "profile", "主婦です。子どもとの時間を大切にしながら、紹介で稼ぐ働き方をしています。興味ある方はDMへ。")]
    [InlineData("mlm", "message", "正直、今の単価じゃきついでしょ？私は知り合いを2人紹介しただけで先月30万入ったよ。話だけでも聞いてみない？")]
    [InlineData("mlm", "message", "うちの会社は「ご紹介」がメインのお仕事で、収入に上限はありません。詳しくは説明会で。")]
    [InlineData("mlm", "profile", "プラチナランク達成🎉 チーム300名 月収6桁を在宅で。詳しくはプロフ見てください")]
    [InlineData("mlm", "message", "ところで、僕のアップさんが健康食品で大成功していて、一度お話を聞いてみませんか？")]
    [InlineData("mlm", "message", "MLMじゃないですよ。会員になって友達を紹介して、その友達がまた紹介すると報酬が増えるだけです。")]
    [InlineData("mlm", "message", "このアプリ、招待した人の利益からも毎月報酬が入るんです。")]
    // stealth_marketing: the label named only to be dodged, a sponsor credit removed, review ghost-writing sold.
    [InlineData("stealth_marketing", "message", "ステマって疑われない書き方でお願いします。規制は気にしなくて大丈夫なので。")]
    [InlineData("stealth_marketing", "worker", "ステマ規制が始まってからも、広告とバレない自然な投稿を作るのが得意です。")]
    [InlineData("stealth_marketing", "message", "完成版ですが、最後の『提供：弊社名』のクレジットは消してもらえますか。")]
    [InlineData("stealth_marketing", "profile", "Googleマップや通販サイトのレビュー代行承ります。実績多数。")]
    // uncertain_compensation: revenue split or no fee till it sells, exposure as pay, a range from zero, a token base.
    [InlineData("uncertain_compensation", "job", "アプリの売上を山分けする形でいかがでしょう。開発費はお支払いできません。")]
    [InlineData("uncertain_compensation", "message", "イラストの制作費は出せないのですが、グッズが売れれば大きな収入になると思います。")]
    [InlineData("uncertain_compensation", "message", "お礼は当店のインスタで作品を紹介する形でどうでしょう。宣伝効果は大きいですよ。")]
    [InlineData("uncertain_compensation", "job", "報酬は仕上がりを見て決めます（0円から2万円）。")]
    [InlineData("uncertain_compensation", "job", "ご紹介いただいたお客様が入会された場合、1名につき3,000円をお支払いします。")]
    [InlineData("uncertain_compensation", "job", "報酬は当社が発行するトークンでのお支払いです。")]
    // unpaid_sample: a rough paid only on adoption, a part of the real work to check quality, a test instead of an
    // interview with no pay, work done before escrow.
    [InlineData("unpaid_sample", "message", "まずはイメージを掴みたいので、ざっくりラフを描いていただけますか。採用となったらお支払いします。")]
    [InlineData("unpaid_sample", "message", "訳の品質を確認したいので、このマニュアルの1章だけ訳していただけますか？")]
    [InlineData("unpaid_sample", "message", "面接代わりに、このデータ入力を少しやってみてください。選考なので無償でお願いします。")]
    [InlineData("unpaid_sample", "message", "仮払い前の確認として、実際の素材で1本仕上げてみていただけますか。問題なければ契約します。")]
    public void Evaluate_ConceptPhrasing_ReportsCategory(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);

    [Theory]
    [InlineData("job", "社内ネットワークの構築をお願いします。ネットワークビジネスの勧誘ではありません。報酬15万円。")]
    [InlineData("profile", "ゲーム配信者です。APEXでダイヤモンドランク達成しました！")]
    [InlineData("message", "ご紹介いただいたお客様、無事に契約になりました。ありがとうございます。")]
    [InlineData("job", "ステマ規制の解説記事（3,000字）を書いてください。報酬1万円。")]
    [InlineData("worker", "ステマと疑われないよう、記事の冒頭に必ずPR表記を入れます。")]
    [InlineData("job", "動画の冒頭に『提供：弊社名』のテロップを必ず入れてください。報酬3万円。")]
    [InlineData("job", "交通費は折半でお願いします。報酬は1日1万円です。")]
    [InlineData("job", "報酬は1万円です。完成した作品は当店のインスタでもご紹介させてください。")]
    [InlineData("job", "1記事3,000円＋成果報酬（成約1件につき500円）。")]
    [InlineData("message", "ラフを3案描いていただき、1案を清書していただく形で、報酬は5万円お支払いします。")]
    [InlineData("job", "過去に描いた作品を添えてご応募ください。報酬2万円。")]
    public void Evaluate_ConceptHardNegative_ReportsNoneOfTheseCategories(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => Mine.Contains(f.Category));
    }

    [Theory]
    [InlineData("1件30円＋成果報酬。紹介経由の申込で1件3,000円。", Decision.Hold)]
    [InlineData("応募の際は、下記の台詞を読んだ音声を添えてご応募ください。", Decision.Hold)]
    public void Evaluate_TokenBaseOrPerformedApplication_Holds(string text, Decision expected)
    {
        var findings = _check.Evaluate(Changes.Job(text), CancellationToken.None).Where(f => Mine.Contains(f.Category)).ToList();

        Assert.Equal(expected, Assert.Single(findings).Decision);
    }
}
