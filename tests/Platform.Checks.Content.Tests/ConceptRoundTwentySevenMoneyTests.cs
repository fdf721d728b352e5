using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-seven (2026-12-04), money categories (uncertain_compensation, unpaid_sample, mlm), from four new corpora by writers
/// of creative commissions, back-office and IT work, conversations in the middle of a deal, and seasonal side income. Pay left to
/// results: the whole fee lost on a single error, a piece paid only if adopted said inside the contract, the rest of a token escrow
/// left to results coming in, the escrow itself put off until a count is reached, a count passed "at the point", no base pay said
/// with "base" or "zero", the orders won as the count, nothing when the count is zero, goods asked whether they would do as the pay.
/// Free samples: a fee said not to be paid, pieces asked to compare candidates or for the final pick, a trial asked after a finished
/// deal, a made piece sent, new work asked while the order is still to be decided, a trial ordered only "if fate allows", the fee said
/// to start with the work after the hire, a few picked among applicants for a part of the real job, work before the hire by its name,
/// a piece sent to an address. Network recruiting: a membership business with a referral scheme, passive income over tea, a
/// referral-based business with the freedom pitch, referrals chaining with the dream pitch, the recruits spreading it in turn, the
/// upline paid on a buyer's friends, income growing with each referral. And the look-alikes: errors fixed, a selection's entries, the
/// rest paid on acceptance or by length, the escrow waiting for the plan, a base with a bonus, totals of orders, hours passed, points
/// ruled out, a fixed daily rate, followers required, thanks for participants in a title, past work asked before deciding, a
/// candidate's career, portfolios compared, free samples handed out, a success fee with no sample, a membership page designed, a
/// freelancer working by referrals, a perk both sides get, a satire of the pitch, the pitch quoted to be turned down, a modest "ご紹介
/// するほどの". All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentySevenMoneyTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // Pay left to results, pay in kind.
    [InlineData("uncertain_compensation", "job", "テープ起こし | 納品後に全文を確認し、誤字が1つでもあった場合は報酬のお支払いはありません。")]
    [InlineData("uncertain_compensation", "profile", "Web広告運用代行。ベース報酬なし、売上の10%のみいただきます。")]
    [InlineData("uncertain_compensation", "job", "営業パートナー | 受注額の15%を報酬としてお支払いします。")]
    [InlineData("uncertain_compensation", "job", "アプリ紹介記事 | 報酬は、記事のPVが1万を超えた時点でお支払いします。")]
    [InlineData("uncertain_compensation", "message", "申込1件につき2,000円、申込ゼロなら報酬はありません。")]
    [InlineData("uncertain_compensation", "message", "当店で使えるポイントでのお支払いでもよろしいですか。")]
    // Free samples asked in other words.
    [InlineData("unpaid_sample", "job", "イラスト | 応募時に、指定キャラのラフを1枚描いて添付してください。ラフの費用はお支払いしません。")]
    [InlineData("unpaid_sample", "message", "比較のため、候補の2名さんに同じ写真のレタッチをやってもらっています。お代は出ません。")]
    [InlineData("unpaid_sample", "message", "最終判断のため、お二人に同じテーマでロゴを3案ずつお願いしています。")]
    [InlineData("unpaid_sample", "message", "候補の方全員にお願いしているのですが、添付のアンケート30件を表に入力したものを送ってください。")]
    [InlineData("unpaid_sample", "message", "ご依頼を決める前に、弊社の商品説明を英語に訳して送っていただけますか。")]
    [InlineData("unpaid_sample", "message", "念のため、サムネイルを1枚だけ試しに作っていただけますか。ご縁があれば正式にお願いします。")]
    [InlineData("unpaid_sample", "job", "ナレーター募集 | ご応募の際、添付の原稿の冒頭を録音して送ってください。ギャラは採用後の案件から発生します。")]
    [InlineData("unpaid_sample", "message", "ご応募いただいた方の中から3名に、実際の案件のデータを一部入力していただいています。")]
    [InlineData("unpaid_sample", "message", "採用前の作業として記事を1本書いてください。採用前の作業分の報酬はありません。")]
    // Network recruiting told by its shape.
    [InlineData("mlm", "profile", "紹介制度のある会員制ビジネスを運営しています。一緒に輪を広げる仲間を募集中。")]
    [InlineData("mlm", "profile", "『経済的自由』を目指す紹介ベースのビジネスをしています。興味のある方はメッセージを。")]
    [InlineData("mlm", "profile", "自由な人生を仲間と。紹介が連鎖するほど、みんなが豊かになります。")]
    [InlineData("mlm", "worker", "余談ですが、ある会に入っていて、友達に紹介するほど収入の柱が育っていくんです。")]
    public void Evaluate_Violation_Blocks(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
        Assert.Equal(Decision.Block, Assert.Single(findings, f => f.Category == category).Decision);
    }

    [Theory]
    // A piece paid only if adopted inside the contract, the rest of the fee left to bookings coming in, the escrow put off until a
    // count is reached; a trial asked after a finished deal; tea with passive income, the recruits spreading it in turn, the upline
    // paid on a buyer's friends.
    [InlineData("uncertain_compensation", DealStage.Contracted, PartyRole.Client, "今回のポスターは、不採用になった場合は報酬なしでお願いします。")]
    [InlineData("uncertain_compensation", DealStage.EscrowFunded, PartyRole.Client, "残りの報酬は、チラシを見た方からの予約が入ったら、その件数に応じて後日お支払いします。")]
    [InlineData("uncertain_compensation", DealStage.Contracted, PartyRole.Client, "仮払いは、動画の再生数が1万回を超えてからにさせてください。")]
    [InlineData("unpaid_sample", DealStage.Completed, PartyRole.Client, "次の案件の参考に、追加のアイコンを試しに2つ作っていただけませんか。今回は費用は出せないのですが。")]
    [InlineData("mlm", DealStage.EscrowFunded, PartyRole.Client, "話は変わりますが、今度お茶しませんか？不労所得を作っている知り合いを紹介したくて。")]
    [InlineData("mlm", DealStage.Completed, PartyRole.Client, "別のお話ですが、私の使っている洗剤を身近な方に勧めると、その方々がまた広げた分まで毎月戻ってくるんです。")]
    [InlineData("mlm", DealStage.EscrowFunded, PartyRole.Worker, "今度うちで料理教室をやるので来ませんか？鍋を買ってくれた人がまた友達を誘うと、私にもポイントが入るんです。")]
    public void Evaluate_ViolationInDeal_Blocks(string category, DealStage stage, PartyRole sender, string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, stage, sender: sender), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
        Assert.Equal(Decision.Block, Assert.Single(findings, f => f.Category == category).Decision);
    }

    [Fact]
    public void Evaluate_PieceSentToAnAddressWithPayUnstated_HoldsForReview()
    {
        // The address is where the piece goes, not a detail of the applicant's: new work with the application, its pay unstated.
        var findings = _check.Evaluate(
            Changes.OfKind("job", "翻訳者募集 | ご応募の際、添付の文章を翻訳して、指定のアドレス宛にお送りください。"), CancellationToken.None);

        Assert.Equal(Decision.Hold, Assert.Single(findings, f => f.Category == Categories.UnpaidSample).Decision);
    }

    [Theory]
    // Errors fixed, the rest paid on acceptance or by length, a base with a bonus, totals of orders, hours passed, points ruled out,
    // a fixed daily rate, followers required.
    [InlineData("job", "データ入力 | 入力ミスがあった場合は修正をお願いします。報酬は1件300円です。")]
    [InlineData("message", "残りは、検収が通ったらお支払いします。")]
    [InlineData("message", "残りは文字数に応じて精算します。")]
    [InlineData("profile", "Web広告運用代行。ベース報酬は月5万円、成果に応じてボーナスもあります。")]
    [InlineData("job", "受注管理 | 受注額の集計表を作ってください。報酬は2万円です。")]
    [InlineData("job", "作業時間の記録 | 作業時間が10時間を超えた時点でご連絡ください。報酬は時給1,500円です。")]
    [InlineData("message", "報酬は日本円で、サイト経由でお支払いします。当店で使えるポイントでのお支払いはございません。")]
    [InlineData("profile", "ギフト券でのお支払いは不可、報酬は日本円のみでお受けします。")]
    [InlineData("job", "受付スタッフ | 報酬は1日あたり8,000円相当の固定額です。")]
    [InlineData("job", "感想投稿 | 商品の感想をご自身のブログに書いてください。報酬をお支払いします。フォロワー1000人以上の方限定。")]
    public void Evaluate_LookAlike_ReportsNoUncertainCompensation(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    [Theory]
    // A selection's entries not picked (a sample's case), the escrow waiting for the plan before the work.
    [InlineData(DealStage.PreContract, "コンペ形式で募集しています。不採用の場合は報酬なしです。")]
    [InlineData(DealStage.Contracted, "仮払いは、構成案を確認してからにさせてください。")]
    public void Evaluate_LookAlikeInDeal_ReportsNoUncertainCompensation(DealStage stage, string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, stage), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    [Fact]
    public void Evaluate_PayWordInTitleWithGiftsInBody_ReportsNoUncertainCompensation()
    {
        // The title's "謝礼" names the subject; the vouchers in the body are for the participants, the worker is paid in yen.
        var change = Changes.Job("参加者への謝礼（QUOカード500円分）の発送リストを作ってください。報酬は1万円です。", title: "イベント謝礼の発送リスト");

        var findings = _check.Evaluate(change, CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    [Theory]
    // Past work or a career asked before deciding, portfolios compared, free samples handed out, a success fee with no sample.
    [InlineData("message", "ご依頼を決める前に、これまでの翻訳実績を送っていただけますか。")]
    [InlineData("message", "判断する前に、簡単なご経歴を書いていただけますか。")]
    [InlineData("message", "最終判断のため、お二人のポートフォリオを拝見しています。")]
    [InlineData("job", "試供品配布スタッフ | 駅前で化粧品の無料サンプルを配るお仕事です。日給1万円。")]
    [InlineData("job", "テレアポ | 報酬は完全成果報酬で、成約がなければ報酬は発生しません。リスト作成もしていただきます。")]
    public void Evaluate_LookAlike_ReportsNoUnpaidSample(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UnpaidSample);
    }

    [Fact]
    public void Evaluate_EscrowWaitingForRanking_IsUncertainPayNotASample()
    {
        var findings = _check.Evaluate(
            Changes.Message("仮払いは、記事が検索で3位以内に入ったのを確認してからにさせてください。", DealStage.Contracted), CancellationToken.None);

        Assert.Contains(findings, f => f.Category == Categories.UncertainCompensation && f.Decision == Decision.Block);
        Assert.DoesNotContain(findings, f => f.Category == Categories.UnpaidSample);
    }

    [Theory]
    // A membership page designed, a freelancer working by referrals, a perk both sides get, a satire of the pitch, the pitch quoted to
    // be turned down, a modest "ご紹介するほどの".
    [InlineData("job", "会員制ビジネスの紹介制度を案内するLPのデザイン | 報酬は8万円です。")]
    [InlineData("profile", "税理士です。お仕事は紹介ベースで受けています。興味のある方はメッセージを。")]
    [InlineData("message", "弊社の紹介プログラムは、紹介者・被紹介者ともに初月20%オフになります。月額2,980円のプランです。ご興味があれば記事にしてください。")]
    [InlineData("job", "マルチ商法を風刺するショート動画の脚本 | 「寝ていても稼げる」という勧誘の決まり文句をコミカルに描く脚本を1本。報酬3万円。")]
    [InlineData("profile", "「誰でも稼げる」「紹介するだけ」のようなお誘いにはご返信していません。ご依頼は翻訳のみでお願いします。")]
    [InlineData("profile", "ご紹介するほどの実績はありませんが、丁寧に対応します。気軽にメッセージください。")]
    public void Evaluate_LookAlike_ReportsNoMlm(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.Mlm);
    }
}
