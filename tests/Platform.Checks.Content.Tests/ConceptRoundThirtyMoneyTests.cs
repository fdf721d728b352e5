using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty (2026-12-05), money categories (uncertain_compensation, unpaid_sample, mlm), from four new corpora by writers of
/// sports and fitness coaching, cars and motorbikes, fashion and apparel, ceremonies and end-of-life help.
/// Pay left to results: the people who came counted and nothing if nobody comes, pay withheld when a goal is missed ("お支払いできない"),
/// a base of zero with pay per result on it, only the results' share, no cash pay beside goods, a share of the sum the work won, pay
/// named after a pass, pay only if the customers stay on, no fixed pay beside a bonus word, things counted by the piece as the pay.
/// Free samples: a sample judged with its pay only "considered" once adopted, a real class taught as the selection, a sample asked for
/// the client's internal review with no fee, pay only once hired, a trial with "free" in brackets, work named right before "free"
/// before the order. Network recruiting: trainers raising trainers, agencies finding agencies, a join with a quota of people to bring,
/// passive income offered to whoever is interested.
/// And the look-alikes: a gift added to a fee, fixed pay asked for against reported terms, an account bought at a price per
/// subscriber, the next order decided by the quality, a rate per garment, the same piece asked of several (spec work, not pay on
/// results), a test said not to be unpaid, a pitch turned down already or politely, a salesperson's own commission.
/// All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundThirtyMoneyTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // Pay left to results.
    [InlineData("uncertain_compensation", "job", "ランニング教室の集客 | 教室の体験会に人を集めてくださる方を募集します。報酬は来てくれた人数×800円で、0人だったらお支払いはなしです。")]
    [InlineData("uncertain_compensation", "job", "ギター教室のSNS運用 | 教室のInstagramを運用してください。報酬は基本0円＋体験レッスンの申込が5件増えるごとに3,000円です。")]
    [InlineData("uncertain_compensation", "job", "古着のブログ紹介 | 当店の古着をブログで紹介してください。報酬はアフィリエイトの成果分のみです。")]
    [InlineData("uncertain_compensation", "job", "化粧水の使用感レポート | 化粧水を1本お届けします。使用感をまとめてご返送ください。商品はそのまま差し上げますが、現金報酬はありません。")]
    [InlineData("uncertain_compensation", "job", "保険金の請求サポート | 保険会社との交渉をお願いします。報酬は、受け取れる保険金が増えた額の15%をお支払いします。")]
    [InlineData("uncertain_compensation", "job", "簿記検定の学習サポート | 試験までの学習計画と指導をお願いします。合格報酬50,000円をお支払いします。")]
    [InlineData("uncertain_compensation", "job", "ピラティスのオンライン指導 | まずは2週間、会員4名に無料で指導していただきます。その後、会員さんが継続を希望した場合のみ1名あたり月2,500円をお支払いします。")]
    [InlineData("uncertain_compensation", "job", "浄水器の販売パートナー | ご自身の成約に加えて、紹介したパートナーの成約からもマージンが入ります。固定給はありません。")]
    [InlineData("uncertain_compensation", "message", "予算が少なくて…。お礼はうちのパーカー2着でもいいですか？")]
    // Free samples asked in other words.
    [InlineData("unpaid_sample", "message", "判断材料にしたいので、サンプルで当店のチラシを2パターン作っていただけますか。採用となった場合に、その分も含めてお支払いを検討します。")]
    [InlineData("unpaid_sample", "job", "ダンス講師募集 | 採用の前に、一度実際のレッスン（45分・生徒8名）を担当していただきます。選考の一部のため、報酬は出ません。")]
    [InlineData("unpaid_sample", "message", "社内での検討用に、見本としてロゴを1案ご用意いただけないでしょうか。今回は費用をお出しできないのですが…")]
    [InlineData("unpaid_sample", "message", "ナレーションのサンプルを、実際の台本で録って送っていただけますか。報酬は採用が決まってからになります。")]
    [InlineData("unpaid_sample", "message", "常時募集しています。初回はお試し（無料）で1本書いていただき、良ければ継続でお願いします。")]
    [InlineData("unpaid_sample", "message", "仕上がりを確かめたいので、まず1台をタダで洗車してもらえませんか？良ければ残りもお願いします。")]
    [InlineData("unpaid_sample", "job", "食事指導 | まずは1週間、会員2名に食事指導を無料でしていただきます。")]
    // Network recruiting told by its shape.
    [InlineData("mlm", "job", "料理講座の認定講師募集 | 認定講座の受講料は8万円。認定後は、あなたが育てた講師の講座売上の10％と、その講師が育てた講師の売上の3％が入ります。")]
    [InlineData("mlm", "job", "出張洗車の代理店募集 | 加盟金なし。代理店を見つけるたびに報酬、さらにその代理店が見つけた代理店からも報酬が入ります。")]
    [InlineData("mlm", "message", "採用の条件として、私たちの美容サークルに入会（月額5,000円）していただき、2名以上の方をご紹介いただくことになっています。")]
    [InlineData("mlm", "proposal", "ご依頼の件、対応可能です。それとは別に、“働かなくても入ってくる収入”にご関心があれば、仲間のチームをご紹介します。")]
    public void Evaluate_Violation_Blocks(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
        Assert.Equal(Decision.Block, Assert.Single(findings, f => f.Category == category).Decision);
    }

    [Fact]
    public void Evaluate_PayWithheldOnMissedGoalAfterEscrow_Blocks()
    {
        var findings = _check.Evaluate(
            Changes.Message("申し訳ないのですが、見積もりの依頼が10件取れなかった場合は、報酬はお支払いできないという条件に変えさせてください。", DealStage.EscrowFunded),
            CancellationToken.None);

        ConceptAssert.Reports(findings, Categories.UncertainCompensation);
        Assert.Equal(Decision.Block, Assert.Single(findings, f => f.Category == Categories.UncertainCompensation).Decision);
    }

    [Theory]
    // A gift added to a fee, fixed pay asked for against reported terms, an account bought by its subscribers, a rate per garment.
    [InlineData("job", "撮影モデル募集（謝礼＋私服プレゼント） | 謝礼は15,000円（サイト経由でお支払い）。撮影で着た服を1点差し上げます。")]
    [InlineData("proposal", "ご提示の条件は成果報酬（申込ごと）とのことですが、私は固定報酬でのお取引のみお受けしています。1本5,000円でよろしければ担当します。")]
    [InlineData("job", "チャンネル譲渡 | 登録者3,000人以上の料理チャンネルをアカウントごと買い取ります。1登録者あたり15円で計算します。")]
    [InlineData("message", "報酬は1着で3,000円、全部で10着お願いします。")]
    public void Evaluate_LookAlike_ReportsNoUncertainCompensation(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    [Fact]
    public void Evaluate_NextOrderDecidedByQuality_ReportsNoUncertainCompensation()
    {
        var findings = _check.Evaluate(
            Changes.Message("施工の出来次第で、残りの5台もお願いしたいと考えています。今回の1台分は契約どおりお支払いします。", DealStage.EscrowFunded),
            CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    [Fact]
    public void Evaluate_SameBannerAskedOfSeveral_IsUnpaidSampleNotUncertainPay()
    {
        var findings = _check.Evaluate(
            Changes.OfKind("message", "他の方にもお願いしているのですが、皆さんにチラシを作っていただき、採用分のみお支払いします。"), CancellationToken.None);

        Assert.Contains(findings, f => f.Category == Categories.UnpaidSample && f.Decision == Decision.Block);
        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    [Theory]
    // A test said not to be unpaid and contracted; a fix inside the contract (not a sample before the order).
    [InlineData("message", "テスト撮影をお願いしたいのですが、もちろん無償ではありません。テスト分として8,000円で契約させてください。")]
    public void Evaluate_LookAlike_ReportsNoUnpaidSample(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UnpaidSample);
    }

    [Fact]
    public void Evaluate_FixAskedInsideContract_ReportsNoUnpaidSample()
    {
        var findings = _check.Evaluate(Changes.Message("先日の施工の手直しを無料でしていただけますか。", DealStage.EscrowFunded), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UnpaidSample);
    }

    [Theory]
    // A pitch turned down already or politely, a salesperson's own commission.
    [InlineData("message", "前にお話しした「紹介するだけで稼げる」という副業の件ですが、調べたらネットワークビジネスだったので、お断りしました。")]
    [InlineData("worker", "先日お話のあった「友達を誘うだけで稼げる」お話ですが、規約にも反するためご遠慮させてください。")]
    [InlineData("job", "訪問営業スタッフ | ご自宅を訪問して見守りサービスをご案内していただきます。時給1,200円に加えて、契約金額の5%があなたの報酬になります。")]
    public void Evaluate_LookAlike_ReportsNoMlm(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.Mlm);
    }
}
