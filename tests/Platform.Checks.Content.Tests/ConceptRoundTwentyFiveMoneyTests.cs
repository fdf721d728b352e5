using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-five (2026-12-04), money categories (uncertain_compensation, unpaid_sample, mlm), from six new corpora by
/// creators and streamers, polite and dialect writers, casual net style, B2B IT, translation and household services.
/// Pay in place of money: no pay said and something else offered "instead", the rest of a fee exchanged for a perk, a fee named
/// and replaced ("デザイン料の代わりに"), a commodity sent per piece when money is short, merchandise handed over with what it is in
/// brackets, a voucher's code sent instead of the escrow, points credited to the reader; pay for only the share that sells or
/// pleases, pay only on the occasion of a result ("際にのみ"), revenue share in English. Free samples: the same piece asked of
/// several candidates and the best one ordered, pieces compared to pick the worker, zero said in words, escrow held until the work
/// is seen, skill judged with the particle dropped, a set piece or a try-out by other names. Network recruiting: the tier rising
/// as members are added, a head count under the writer, freedom of time and money with mates wanted, the product bought for one's
/// own use and then passed on, the people under the writer or the recruit, income from one's organisation or a chain of referrals.
/// And the look-alikes: a charge waived, a polite formula, equipment sent for the work, pay for the time worked, a worker asking
/// for a currency (off-platform payment, not pay in kind), a pay scheme denied in dialect or left behind for a fixed fee, a term
/// translated, a client's own approval, a voucher for the client's customers, a game's stages, a loyalty scheme built, a photo
/// layout, a job looking for colleagues, a product reviewed, a single-level referral fee, MLM denied or turned away, candidates
/// compared on portfolios or quotes, paid tests, someone else's offer reported, a meal served. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyFiveMoneyTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // Pay in place of money.
    [InlineData("uncertain_compensation", "message", "ギャラはありません。その代わり、うちの物置にある古いカメラを差し上げます。")]
    [InlineData("uncertain_compensation", "worker", "引っ越しの手伝い、報酬は不要です。代わりに要らなくなった家具を譲っていただければ十分です。")]
    [InlineData("uncertain_compensation", "message", "正直あまり出せないので、1本につき自家製の味噌を2キロお送りする形でどうでしょう。")]
    [InlineData("uncertain_compensation", "message", "デザイン料の代わりに、当店のワインを1ダースお送りします。")]
    [InlineData("uncertain_compensation", "job", "動画編集者募集 | 報酬はチャンネルのグッズ（Tシャツ・ステッカー）でのお渡しです。")]
    [InlineData("uncertain_compensation", "job", "アプリ紹介スタッフ | あなたの紹介で登録があるたびに、ポイントがあなたに入ります。")]
    // Pay for only the share that sells, on the occasion of a result, or as a share of revenue in English.
    [InlineData("uncertain_compensation", "message", "チラシで集客できた分だけ払う形でもいいですか。")]
    [InlineData("uncertain_compensation", "job", "記事が雑誌に掲載された際にのみ、3万円をお支払いします。")]
    [InlineData("uncertain_compensation", "job", "Translator wanted (revenue share) | No fixed fee; you receive 10% of sales for one year.")]
    // The same piece asked of several candidates, the pieces compared to pick the worker.
    [InlineData("unpaid_sample", "message", "候補の4名の方にそれぞれバナーを1枚作っていただき、一番よかった方に発注します。")]
    [InlineData("unpaid_sample", "job", "整理収納 | 応募の際にプラン案を作って送ってください。いただいた案を比べて依頼先を決めます。")]
    // Zero said in words, skill judged with the particle dropped, a set piece or a try-out by other names.
    [InlineData("unpaid_sample", "message", "最初の1回はゼロ円でお願いできますか？2回目からはお支払いします。")]
    [InlineData("unpaid_sample", "message", "実力見たいんで、トップページのデザイン案を出してもらえます？")]
    [InlineData("unpaid_sample", "message", "翻訳のスキル見たいので、この英文を日本語にしてください。")]
    [InlineData("unpaid_sample", "message", "お試しなんで、最初の1本はお代なしでお願いします。")]
    [InlineData("unpaid_sample", "message", "候補の方には、事前に10分ほど試し撮りしていただきます（無償）。")]
    [InlineData("unpaid_sample", "message", "このエラーをまず直してみていただけますか。直ったら正式に発注します。")]
    [InlineData("unpaid_sample", "job", "ボカロMIX | 課題曲のMIXを提出してください。提出作品への報酬は発生しません。")]
    [InlineData("unpaid_sample", "job", "バナー制作 | 課題：当社ロゴを使ったバナーを作成し提出してください。課題への報酬はございません。")]
    // Network recruiting told by its shape.
    [InlineData("mlm", "worker", "仲間を増やすたびにランクが上がって、ボーナスも増えていきます。一緒にやりませんか？")]
    [InlineData("mlm", "profile", "「経済的自由」を一緒に目指す仲間を募集しています。詳しくはメッセージで。")]
    [InlineData("mlm", "profile", "あなたの組織から生まれる継続収入で、自由な働き方を。")]
    [InlineData("mlm", "worker", "ご紹介のみで報酬が発生する仕組みです。興味ある？")]
    [InlineData("mlm", "message", "仕事とは別に、私が参加しているビジネスの話も聞いてみませんか？")]
    public void Evaluate_Violation_Blocks(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
        Assert.Equal(Decision.Block, Assert.Single(findings, f => f.Category == category).Decision);
    }

    [Theory]
    // The rest of the fee exchanged for a perk, a share of what pleases, a voucher's code or the client's token instead of escrow.
    [InlineData("uncertain_compensation", DealStage.Contracted, PartyRole.Client, "予算の都合で、残金は当社オンライン講座の受講権に代えさせていただけないでしょうか。")]
    [InlineData("uncertain_compensation", DealStage.EscrowFunded, PartyRole.Client, "仕上がった写真のうち、気に入ったカットの分だけお支払いしますね。")]
    [InlineData("uncertain_compensation", DealStage.Contracted, PartyRole.Client, "今回の分は仮払いを使わず、ギフト券のコードをメールでお送りします。")]
    [InlineData("uncertain_compensation", DealStage.Contracted, PartyRole.Client, "仮払いの代わりに、当社の独自トークンでお支払いします。")]
    // A worker's currency whose amount moves with the rate leaves the pay itself uncertain.
    [InlineData("uncertain_compensation", DealStage.Contracted, PartyRole.Worker, "仮払いの代わりにUSDTでいただけますか。レートで多少前後しますが、手数料が浮きます。")]
    // Escrow held until the work is seen.
    [InlineData("unpaid_sample", DealStage.Contracted, PartyRole.Client, "仮払いの前に、最初の1ページだけ先に翻訳していただけますか。出来を拝見してから仮払いします。")]
    // The people under the writer, a head count bragged, the product bought for one's own use then passed on, a chain of referrals.
    [InlineData("mlm", DealStage.Contracted, PartyRole.Worker, "私の下に入った方の売上の一部が、毎月私にも入ってきます。")]
    [InlineData("mlm", DealStage.EscrowFunded, PartyRole.Worker, "今は下に12人ついていて、何もしなくても毎月入ってくるんですよ。")]
    [InlineData("mlm", DealStage.Completed, PartyRole.Worker, "最初はご自身で使う分だけ買っていただいて、あとはお友達に紹介していくだけです。")]
    [InlineData("mlm", DealStage.Contracted, PartyRole.Worker, "紹介の連鎖で収入が育つ仕組みなんです。")]
    public void Evaluate_ViolationInDeal_Blocks(string category, DealStage stage, PartyRole sender, string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, stage, sender: sender), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
        Assert.Equal(Decision.Block, Assert.Single(findings, f => f.Category == category).Decision);
    }

    [Theory]
    // A charge waived, a polite formula, equipment sent for the work, pay for the time worked, a step taken once escrow is funded.
    [InlineData(DealStage.Contracted, PartyRole.Client, "追加料金のお支払いはありません。代わりに納期を3日延ばしていただけますか。")]
    [InlineData(DealStage.Completed, PartyRole.Client, "略儀ながら、本メッセージをもってお礼に代えさせていただきます。報酬は本日お支払いしました。")]
    [InlineData(DealStage.Contracted, PartyRole.Client, "1回の撮影につき機材を2箱お送りしますので、返送をお願いします。報酬は1回2万円です。")]
    [InlineData(DealStage.Contracted, PartyRole.Client, "作業した時間の分だけお支払いします（時給2,000円、上限20時間）。")]
    [InlineData(DealStage.Contracted, PartyRole.Client, "仮払いが完了した際にのみ作業を開始してください。報酬は5万円です。")]
    [InlineData(DealStage.EscrowFunded, PartyRole.Client, "送料の代わりに、着払いで返送していただけますか。報酬は仮払い済みです。")]
    // A worker asking for a currency instead of the escrow: a payment outside the platform, not pay in kind.
    [InlineData(DealStage.Contracted, PartyRole.Worker, "仮払いの代わりに、ビットコインで前払いしていただけますか。")]
    [InlineData(DealStage.Contracted, PartyRole.Worker, "成果報酬じゃねくて固定の金額にしてもらって、助かります。")]
    public void Evaluate_LookAlikeInDeal_ReportsNoUncertainCompensation(DealStage stage, PartyRole sender, string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, stage, sender: sender), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    [Theory]
    // A pay scheme denied in dialect, left behind for a fixed fee, translated as a term, or a wording taken back.
    [InlineData("message", "歩合制やのうて、固定で5万円お支払いします。")]
    [InlineData("job", "求人票の改定（歩合制→固定給）の文面作成をお願いします。報酬2万円。")]
    [InlineData("worker", "「出来高払い」という用語は、英語ではpiece-rate payと訳すのが一般的です。")]
    [InlineData("message", "さっきの文、成果報酬っぽい書き方になってましたが、報酬は固定2万円です。")]
    [InlineData("job", "Blog writer | Write a post about the revenue share model used by app stores. Fixed fee: 30,000円.")]
    // The client's own approval, merchandise as the work's subject, a voucher for the client's customers, points denied.
    [InlineData("message", "社内の稟議が通れば、来月から正式にご依頼します。")]
    [InlineData("job", "グッズ（Tシャツ）のデザインをお願いします。報酬は1点1万円です。")]
    [InlineData("job", "お客様への案内文 | 抽選の当選者にはギフト券のコードをメールでお送りします、という告知文を作ってください。報酬5,000円。")]
    [InlineData("job", "お客様にはポイントが付きます。ポイントがあなたに入ることはなく、報酬は1本5,000円です。")]
    public void Evaluate_LookAlike_ReportsNoUncertainCompensation(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    [Theory]
    // Candidates compared on portfolios or quotes, a paid test each, zero offered by the worker.
    [InlineData("message", "候補の方のポートフォリオを拝見して、一番イメージに近い方にお願いします。")]
    [InlineData("message", "3社の見積もりを比較して依頼先を決めます。お見積書を作って送ってください。")]
    [InlineData("job", "ライター募集 | 候補の3名の方に有償（各5,000円）でテスト記事を書いていただき、一番良かった方と継続契約します。")]
    [InlineData("proposal", "初回のご相談はゼロ円で承ります。")]
    // A set piece paid, someone else's free offer reported and turned down, a meal served, the applicant's own photo.
    [InlineData("job", "ボカロMIX | 課題曲のMIXは有償（1曲5,000円）でお願いします。")]
    [InlineData("message", "他の方から『無料でサンプルを作ります』と提案がありましたが、当社は無料での作業はお願いしない方針です。")]
    [InlineData("job", "グルメ記事 | 料理を無料で召し上がっていただき、感想を記事に書いてください（PRと明記）。報酬は1万円です。")]
    [InlineData("job", "家庭教師 | 応募時に顔写真を撮って送ってください。報酬は1回5,000円です。")]
    public void Evaluate_LookAlike_ReportsNoUnpaidSample(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UnpaidSample);
    }

    [Theory]
    // Work seen once escrow is funded, skill praised after delivery.
    [InlineData(DealStage.EscrowFunded, "仮払いしました。最初の1ページの翻訳を拝見してから、残りの進め方をご相談させてください。")]
    [InlineData(DealStage.Delivered, "実力見せてもらいました！素晴らしい納品物でした。")]
    public void Evaluate_LookAlikeInDeal_ReportsNoUnpaidSample(DealStage stage, string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, stage), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UnpaidSample);
    }

    [Theory]
    // A game's stages, a loyalty scheme built, a photo layout, a job looking for colleagues, a product reviewed.
    [InlineData("job", "ゲームの仕様書作成 | 敵を倒すごとにステージが上がり、ボーナスが出ます。その仕様を文章にしてください。報酬3万円。")]
    [InlineData("job", "会員が増えるたびにランクが上がる会員制度の画面を実装してください。報酬20万円。")]
    [InlineData("job", "LP制作 | 画面の下に3人の写真を並べてください。報酬は1万円です。")]
    [InlineData("job", "時間とお金の自由を大切にする会社です。一緒に働く仲間を募集しています。")]
    [InlineData("job", "モニター記事 | ご自身で使う分だけ購入して、使用感をブログで紹介してください。報酬は3万円です。")]
    // A single-level referral fee, MLM denied in a list or turned away, a plain information session.
    [InlineData("job", "不動産の紹介 | 売主様をご紹介いただき、成約に至った場合に1件3万円。紹介のみで成約しなかった場合の報酬はありません。")]
    [InlineData("job", "お知り合いに不動産の売却をご案内いただき、成約した場合に1件5万円お支払いします。")]
    [InlineData("job", "翻訳者募集 | ※ネットワークビジネスや宗教の勧誘ではありません。通常の翻訳案件です。報酬4万円。")]
    [InlineData("job", "庭の手入れ | マルチ商法など勧誘目的の方はご遠慮ください。報酬1万円。")]
    [InlineData("message", "新しい会計サービスの話も聞いてみませんか？無料の説明会があります。")]
    public void Evaluate_LookAlike_ReportsNoMlm(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.Mlm);
    }
}
