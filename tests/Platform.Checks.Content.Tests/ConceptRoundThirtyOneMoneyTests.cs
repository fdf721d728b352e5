using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-one (2026-12-05), money categories (mlm, uncertain_compensation, unpaid_sample), from four new corpora by writers
/// of construction and housework, adult schools and course sellers, micro-tasks for side-job beginners, and IT adoption and help desks.
/// Network recruiting: the recruits' own referrals paying the recruiter, those placed under a bought agency, the team's activity
/// paying the owner, rewards paid up by tier, a new member's kit purchase paying the one who brought them. Pay left to results:
/// others' satisfaction or no complaint as the condition, only what proves usable paid, a reward drawn by lot among those who did
/// the work, a token rate with a commission added (held), pay by the members recruited, a referral fee as a rate. Free samples:
/// costs left to the applicant, a class taken on free, skill hard to judge or pieces to compare, a set task said to be part of the
/// selection, a test others are said to take free, only the pick's share paid, a piece to be "sent" for a quality check.
/// And the look-alikes: money denied in brackets about a campaign's perk beside a fee in yen, a satisfaction bonus on a fixed fee,
/// the rest paid on delivery, a draw the work announces, a skill check answered on a form, a free trial lesson the school offers,
/// a new hire's staff, an organisation's tiers, a commission on a real base, thanks for usable data, past work asked to judge skill,
/// costs refunded inside the contract.
/// All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundThirtyOneMoneyTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // Network recruiting told by its shape.
    [InlineData("mlm", "message", "実は私、浄水器の会員でして、お客様を紹介すると、紹介された方の紹介分からもボーナスが入るんです。")]
    [InlineData("mlm", "message", "私の代理店の権利を買っていただくと、その下につく代理店の売上の一部が毎月入ってきます。")]
    [InlineData("mlm", "message", "リーダーになっていただければ、あとはチームの皆さんの活動から毎月収入が入ってきます。話だけでも聞いてみませんか？")]
    [InlineData("mlm", "job", "法人向けクラウドの紹介パートナー | 知り合いの会社にサービスを紹介していただくお仕事です。成約すると報酬が入り、さらに階層に応じてあなたにも還元されます。")]
    [InlineData("mlm", "job", "教材の販売コンサルタント | 教材セット（8万円）を購入した方から活動開始です。ご自身が紹介した新しいコンサルタントが教材を購入すると、その一部がボーナスとして入ります。")]
    // Pay left to results.
    [InlineData("uncertain_compensation", "job", "オンライン英会話の講師 | 報酬は、毎月の生徒満足度アンケートの平均が4.0以上だった場合にのみお支払いします。")]
    [InlineData("uncertain_compensation", "job", "商品モニター募集 | 新しいシャンプーを使ってアンケートにご回答ください。ご回答いただいた方の中から抽選で5名様に商品券をお送りします。")]
    [InlineData("uncertain_compensation", "job", "会員獲得スタッフ | 会員制サービスの会員を集めていただくお仕事です。報酬は獲得人数に応じてお支払いします。")]
    [InlineData("uncertain_compensation", "job", "講座の営業代行 | 法人のお客様に講座を提案していただくお仕事です。紹介報酬は受講料の15%です。")]
    // Free samples asked in other words.
    [InlineData("unpaid_sample", "message", "正式にご依頼する前に、サンプルとして椅子を1脚作って送っていただけますか。材料費はそちら持ちでお願いします。")]
    [InlineData("unpaid_sample", "job", "ピアノ講師募集 | まずは体験レッスンを無償で2回ご担当いただき、生徒さんの評判が良ければ正式に契約します。")]
    [InlineData("unpaid_sample", "message", "実績だけでは判断しにくいので、弊社サイトのヘッダーだけ作ってみてもらえますか？")]
    [InlineData("unpaid_sample", "message", "お待たせしました。課題は選考の一部となりますので、費用は発生しません。明日お送りします。")]
    [InlineData("unpaid_sample", "message", "他の候補の方は皆さん無料でテストを受けてくれていますよ。")]
    [InlineData("unpaid_sample", "message", "各社のご提案を比較がしたいので、社内マニュアルの目次だけ書いて送ってください。")]
    [InlineData("unpaid_sample", "message", "今回はコンペ形式です。お二人に構成案を出していただき、採用した1名分のみ報酬をお支払いします。")]
    [InlineData("unpaid_sample", "message", "品質を確認させていただきたく、当社のデータでマクロを一部書いてお送りいただけますか。")]
    public void Evaluate_Violation_Blocks(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Change(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
        Assert.Equal(Decision.Block, Assert.Single(findings, f => f.Category == category).Decision);
    }

    [Fact]
    public void Evaluate_TokenRateWithCommissionAdded_HoldsAsMostlyResults()
    {
        // A token rate per piece with a commission on the viewers added: most of the income is left to results, held for review.
        var findings = _check.Evaluate(Change("job", "料理動画の講師 | 基本報酬は1本800円で、視聴者数に応じた歩合が加算されます。"), CancellationToken.None);

        Assert.Equal(Decision.Hold, Assert.Single(findings, f => f.Category == Categories.UncertainCompensation).Decision);
    }

    [Theory]
    // The rest of the fee only if nobody complains, after the escrow; only what proves usable paid, after delivery.
    [InlineData(DealStage.EscrowFunded, "仮払いは一旦5万円だけにさせてください。導入後にお客様からクレームが出なければ、残りの20万円をお支払いします。")]
    [InlineData(DealStage.Delivered, "作成していただいた営業リストのうち、実際に使えた分だけお支払いする形でお願いします。")]
    public void Evaluate_PayLeftToResultsInsideContract_Blocks(DealStage stage, string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, stage), CancellationToken.None);

        ConceptAssert.Reports(findings, Categories.UncertainCompensation);
        Assert.Equal(Decision.Block, Assert.Single(findings, f => f.Category == Categories.UncertainCompensation).Decision);
    }

    [Theory]
    // Money denied in brackets about a campaign's perk beside a fee in yen, a satisfaction bonus on a fixed fee, a draw the work
    // announces, a commission on a real base.
    [InlineData("job", "紹介キャンペーンのバナー制作 | 友だち紹介キャンペーンのバナーを作ってください（紹介特典はクーポンのみで、金銭の報酬はありません）。\n固定報酬：3万円")]
    [InlineData("job", "オンライン英会話講師 | 報酬は1レッスン2,000円の固定です。生徒満足度の平均が4.5以上だった場合は別途ボーナスもお支払いします。")]
    [InlineData("job", "プレゼントキャンペーンのLP制作 | アンケートに回答した方の中から抽選で10名様にギフト券が当たるキャンペーンのLPを作ってください。報酬は5万円です。")]
    [InlineData("job", "動画講師 | 基本報酬は1本5,000円で、視聴者数に応じた歩合が加算されます。")]
    public void Evaluate_LookAlike_ReportsNoUncertainCompensation(string kind, string text)
    {
        var findings = _check.Evaluate(Change(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    [Theory]
    // The same bracketed aside, a skill check answered on a form, a free trial lesson the school offers its pupils, past work asked
    // for to judge skill, costs refunded inside the contract.
    [InlineData("job", "紹介キャンペーンのバナー制作 | 友だち紹介キャンペーンのバナーを作ってください（紹介特典はクーポンのみで、金銭の報酬はありません）。\n固定報酬：3万円")]
    [InlineData("job", "記事ライター | スキルチェック（Googleフォーム、10分）に回答のうえご応募ください。報酬は1記事3,000円です。")]
    [InlineData("job", "ピアノ講師 | 体験レッスンを無料で実施している教室です。講師の方にはレッスンを1回5,000円でご担当いただきます。")]
    [InlineData("message", "ポートフォリオを拝見しましたが判断しにくいので、過去の制作物をもう少し見せていただけますか。")]
    [InlineData("message", "材料費はそちら持ちでお願いします、とのことでしたが、本契約の金額に含めてお支払いしますのでご安心ください。")]
    public void Evaluate_LookAlike_ReportsNoUnpaidSample(string kind, string text)
    {
        var findings = _check.Evaluate(Change(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UnpaidSample);
    }

    [Theory]
    // A new hire's staff, an organisation's tiers.
    [InlineData("job", "新人研修の講師 | その下につく新人スタッフの指導もお願いします。報酬は月28万円です。")]
    [InlineData("job", "権限管理システムの構築 | 組織の階層に応じて閲覧権限を設定するシステムを作ってください。報酬は30万円です。")]
    public void Evaluate_LookAlike_ReportsNoMlm(string kind, string text)
    {
        var findings = _check.Evaluate(Change(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.Mlm);
    }

    [Theory]
    // The rest paid on delivery after the escrow; thanks for usable data after delivery.
    [InlineData(DealStage.EscrowFunded, "納品が完了したら、残りの10万円をお支払いします。")]
    [InlineData(DealStage.Delivered, "いつもありがとうございます。納品いただいたリストは実際に使えたデータが多く助かりました。")]
    public void Evaluate_PaidOnDeliveryOrThanked_ReportsNoUncertainCompensation(DealStage stage, string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, stage), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    // A job row is "title | body"; other kinds as Changes.OfKind reads them.
    private static StateChange Change(string kind, string text)
    {
        var bar = text.IndexOf(" | ", StringComparison.Ordinal);
        return kind == "job" && bar > 0 ? Changes.Job(text[(bar + 3)..], text[..bar]) : Changes.OfKind(kind, text);
    }
}
