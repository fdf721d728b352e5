using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-one (2026-12-03), money categories (uncertain_compensation, unpaid_sample, mlm), from eight blind corpora
/// written without the code. Pay left to results in new words: output or the hire only ("出来高のみ", "決定報酬"), no base set
/// or no fixed writing fee, a fixed fee called hard, hires or leads counted, pay decided on the views, a share out of the
/// sales, a cut of the money saved, pay left to effort, only the pieces passing a check, pieces refused unpaid, per sale or per person hired, a
/// goal not reached; the rate reviewed on weak results or told only after the work (held); goods offered once money is
/// refused, money ruled out beside a gift, a stay as all the pay. Free samples: finished pieces picked before the contract,
/// roughs first with pay "if it looks right", a free contest, a test said to carry no pay. Network recruiting: "権利的な収入", the recruit recruiting in
/// turn. And the look-alikes: a share declined, a fee with goods besides, followers sold by the block, a bonus on a pass, a
/// voucher asked as a way of receiving, the worker's own hire, a paid test with escrow, free work a worker offers, a game or
/// a meal the client gives, an application's URL, a placement agency's background. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyOneMoneyTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // Output or the hire only, no base or fixed writing fee, a fixed fee called hard.
    [InlineData("uncertain_compensation", "message", "うちは出来高のみでお願いしています。1件あたり300円です。")]
    [InlineData("uncertain_compensation", "job", "人材紹介のリサーチャー | 報酬は決定報酬型です。ご紹介した候補者の入社時に年収の5%をお支払いします。")]
    [InlineData("uncertain_compensation", "job", "広告記事の執筆 | 固定の原稿料はなく、記事経由で売れた金額の20%をお渡しします。")]
    [InlineData("uncertain_compensation", "job", "営業代行 | 基本報酬は設けず、アポイント1件ごとに3,000円をお支払いします。")]
    [InlineData("uncertain_compensation", "message", "予算の都合で、固定でお支払いするのは難しいので、ダウンロード数×50円という形でお願いできますか？")]
    [InlineData("uncertain_compensation", "proposal", "固定報酬でなくても構いません。成約できた件数分だけの成果報酬でお引き受けします。")]
    // Hires, leads or views counted; a share out of the sales or of the money saved.
    [InlineData("uncertain_compensation", "job", "スカウト代行 | 報酬は採用が決まった人数×3万円です。")]
    [InlineData("uncertain_compensation", "job", "採用広報の支援 | 報酬は内定決定数に連動します。")]
    [InlineData("uncertain_compensation", "job", "動画編集 | 1本の報酬は、公開2週間後の視聴回数で決めさせてください。")]
    [InlineData("uncertain_compensation", "job", "営業資料の作成 | 報酬は資料請求数に応じてお支払いします（1件2,000円）。")]
    [InlineData("uncertain_compensation", "job", "オンライン講座の撮影 | 報酬は講座の販売開始後、売上の中からお分けします。")]
    [InlineData("uncertain_compensation", "message", "経費の見直し、削減できた金額の3割をいただければ十分です。")]
    // Only the pieces passing a check, pieces refused unpaid, per sale, per person hired, a goal not reached.
    [InlineData("uncertain_compensation", "job", "商品登録の内職 | 検品の合格分のみ1点4円でお支払いします。")]
    [InlineData("uncertain_compensation", "message", "当社の基準で不承認となった分はお支払いできませんので、ご了承ください。")]
    [InlineData("uncertain_compensation", "job", "中古品の販売代行 | 1点売れるごとに400円お支払いします。")]
    [InlineData("uncertain_compensation", "job", "採用支援 | ご担当企業で入社が決まった場合に、1名につき6万円をお支払いします。")]
    [InlineData("uncertain_compensation", "job", "クラファン文章 | 報酬は支援総額の5%です。目標未達の場合は申し訳ないですがお支払いできません。")]
    [InlineData("uncertain_compensation", "job", "在宅の梱包作業 | 報酬は頑張り次第です。やる気のある方を募集します。")]
    // Goods offered once money is refused, money ruled out beside a gift, a stay as all the pay.
    [InlineData("uncertain_compensation", "message", "お礼ですが、現金じゃなくて、うちの焼き菓子の詰め合わせでどうですか？")]
    [InlineData("uncertain_compensation", "profile", "モニター募集中です。お礼は新商品のプレゼントで、現金の報酬はありません。")]
    [InlineData("uncertain_compensation", "job", "旅館の紹介写真の撮影 | 報酬はご宿泊のみとなります。")]
    // Free samples: finished pieces picked before the contract, roughs first paid "if it looks right", a free contest.
    [InlineData("unpaid_sample", "message", "契約前に、完成したデータを3案とも納品していただけますか？全部見て選んでから契約したいです。")]
    [InlineData("unpaid_sample", "message", "仮払いは来月まとめてになりますが、それまでにラフを2案だけ先に出してもらえますか？いい感じだったら払います。")]
    [InlineData("unpaid_sample", "job", "ロゴの無料コンペ | 何案でも応募できます。採用されたロゴのみ3万円をお支払いします。")]
    [InlineData("unpaid_sample", "message", "検証作業おつかれさまでした。続きの200件もお願いします。なお、今回のテスト分の30件はお試しなので報酬はつきません。")]
    // Network recruiting: income "like rights", the recruit recruiting in turn.
    [InlineData("mlm", "message", "実は副業で、紹介していくと権利的な収入が入るビジネスをしていて、よかったら説明会に来ませんか？")]
    [InlineData("mlm", "job", "健康茶の紹介スタッフ | お友達を紹介すると1名3,000円。その方も同じように紹介すると、その分の5%もあなたに入ります。")]
    public void Evaluate_Violation_Reports(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);

    [Theory]
    // The rate reviewed on weak results, the rate told only after the work: borderline posts, held.
    [InlineData("job", "チラシ配布 | 1部4円。問い合わせが少なかった場合、単価を見直させていただきます。")]
    [InlineData("job", "データ入力 | 1件最大15円。単価の内訳は作業後にお知らせします。")]
    public void Evaluate_RateLeftOpen_Holds(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        var finding = Assert.Single(findings, f => f.Category == Categories.UncertainCompensation);
        Assert.Equal(Decision.Hold, finding.Decision);
    }

    [Theory]
    // A share declined, a fee with goods besides, followers sold by the block, a bonus on a pass, a voucher asked as a way of
    // receiving, the worker's own hire, hires counted but not paid on.
    [InlineData("uncertain_compensation", "proposal", "BGM3曲、買い切りで承ります。売上連動のお支払いは不要で、固定報酬のみで結構です。")]
    [InlineData("uncertain_compensation", "job", "化粧水のモニター | 謝礼3,000円・商品提供あり。SNSへの投稿は不要です。")]
    [InlineData("uncertain_compensation", "job", "フォロワー増加 | 海外の業者を使って、1,000フォロワーあたり1,500円で増やしてくれる方。")]
    [InlineData("uncertain_compensation", "job", "資格試験の個別指導 | 報酬5万円（合格したら+1万円）。")]
    [InlineData("uncertain_compensation", "proposal", "報酬はAmazonギフト券で直接いただく形でも構いません。")]
    [InlineData("uncertain_compensation", "job", "ライター募集 | 本採用が決まった場合に、1本3,000円で継続依頼します。")]
    [InlineData("uncertain_compensation", "job", "採用担当の業務委託 | 報酬は月15万円（固定）。内定決定数は報酬に関係ありません。")]
    // A paid test with escrow, free work a worker offers, a game or a meal the client gives, an application's URL.
    [InlineData("unpaid_sample", "message", "選考として、テスト翻訳（800字・3,000円、仮払いあり）をお願いしています。テスト用の契約を別途お送りします。")]
    [InlineData("unpaid_sample", "proposal", "仮払いの前に、構成案を2つ無料でお送りしますので、良ければご契約ください！")]
    [InlineData("unpaid_sample", "job", "アプリのレビュー記事 | アプリの有料版は無料でお渡しします。記事1本6,000円、PR表記あり。")]
    [InlineData("unpaid_sample", "job", "名刺デザイン | 予算1万円。ラフは手書きでもOKです。応募時にポートフォリオのURLを書いてください。")]
    [InlineData("unpaid_sample", "job", "レストランの紹介記事 | ランチを無料でお召し上がりいただき、記事を書いていただける方。1本8,000円（PR表記あり）。")]
    // A placement agency's background.
    [InlineData("mlm", "profile", "成功報酬型の紹介ビジネスに10年いました。求人票作成やスカウト文が得意です。報酬は固定でお受けしています。")]
    public void Evaluate_LookAlike_DoesNotReportTheCategory(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == category);
    }
}
