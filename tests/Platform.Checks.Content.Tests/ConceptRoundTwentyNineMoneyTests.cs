using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-nine (2026-12-04), money categories (uncertain_compensation, unpaid_sample, mlm), from six new corpora by writers
/// of handmade crafts, photography and events, surveys and research, inbound tourism, contracts and IP, manufacturing and logistics.
/// Pay left to results: things given as the pay, a fixed fee switched to a commission, fixed pay denied for a share of the savings, no
/// fixed fee wanted by the worker, nothing paid when answers are not gathered, pay only if a patent is granted, costs covered instead
/// of money, the people gathered by those gathered counted, a top-up on results with no sum named, pay per person introduced. Free
/// samples: a tally tried first with its fee "not needed", a drawing modelled free for every applicant, a piece thrown in for nothing
/// to judge a later order. Network recruiting: the writer earning by the referrals beside a research word, members below raised as a
/// job's duty, people counted under the writer, agencies recruiting agencies paid up the line, partners scouted paying a margin, the
/// people gathered by those gathered. And the look-alikes: a checkpoint that is no points, a bonus on top of a fixed fee, a top-up
/// beside a fee in yen, a worker's own referral earnings told in a profile, a message sent, leftovers given beside a fee in yen, a
/// joining fee earned back, an applicant's account, a service that is no gift, the scheme's words studied as data, a manager's staff,
/// a list's heading.
/// All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyNineMoneyTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // Pay left to results, pay in kind.
    [InlineData("uncertain_compensation", "job", "手作り石けんの製作 | 月20個ほど石けんを作っていただける方を募集します。報酬：石けんの原料を好きなだけ差し上げます。")]
    [InlineData("uncertain_compensation", "message", "ご提案ありがとうございます。報酬は固定ではなく、導入後に削減できた電気代の15%でお願いできますか。")]
    [InlineData("uncertain_compensation", "proposal", "固定費は不要です。改善後の半年で節約できた通信費の2割を報酬としていただく形でいかがでしょうか。")]
    [InlineData("uncertain_compensation", "message", "アンケートの回収をお願いします。回答が集まらなかった場合はお支払いなしとなります。")]
    [InlineData("uncertain_compensation", "job", "特許の先行技術調査 | 新製品の先行技術を調べてレポートしてください。報酬は、特許を取得できた場合にのみお支払いします。")]
    [InlineData("uncertain_compensation", "job", "ライブの撮影 | ライブの様子を撮影してください。報酬は現金ではなく、入場料と交通費をこちらで負担します。")]
    [InlineData("uncertain_compensation", "job", "学習計画の作成 | 資格試験の学習計画を作っていただける方を募集します。報酬は模試の成績次第で上乗せします。")]
    [InlineData("uncertain_compensation", "job", "料理教室の生徒紹介 | 生徒さんを紹介していただくお仕事です。ご紹介1名につき2,000円をお支払いします。")]
    // Free samples asked in other words.
    [InlineData("unpaid_sample", "message", "採否の判断のため、このデータで簡単な集計だけ先にやってみていただけますか。短時間で終わると思うので、お代は不要ということでお願いします。")]
    [InlineData("unpaid_sample", "message", "応募いただいた皆さまにお願いしています。添付の図面を、まずは無料でCADのモデルにしていただけますか。")]
    // Network recruiting told by its shape.
    [InlineData("mlm", "proposal", "対応可能です。別件ですが、私が参加している調査員のコミュニティは紹介者が増えるほど収入が増える仕組みで、私もこれで本業以上の収入になりました。")]
    [InlineData("mlm", "job", "市場調査アシスタント | 競合調査とデータ入力をお願いします。※当社の販売会員としてご登録いただき、ご自身の下位会員を育成する業務も含みます。")]
    [InlineData("mlm", "proposal", "函館の英語ガイドです。1日25,000円で承ります。\nちなみに私は旅行クラブのリーダーで、下に80人のメンバーがいます。旅行代が浮くうえ収入にもなるので、いつでもお声がけください。")]
    [InlineData("mlm", "profile", "写真講師をしています。健康食品のクラブでは下に120人の仲間がいて、毎月の収入にもなっています。")]
    [InlineData("mlm", "job", "保険代理店の募集 | 代理店の方が新しい代理店を紹介すると、その売上の一部が上位の代理店に還元されます。")]
    [InlineData("mlm", "job", "販売パートナー募集 | 浄水器を販売していただくパートナーを募集します。あなたがスカウトしたパートナーの売上からも毎月マージンが入ります。")]
    [InlineData("mlm", "job", "セミナー集客スタッフ | 参加者を5名集めると受講料が無料になり、その5名がさらに集めた人数に応じて報酬が出ます。")]
    // "気をつけて" as an instruction on how to recruit, or as a closing, is no warning about the scheme.
    [InlineData("mlm", "message", "マルチ商法に該当するので言い方に気をつけて、友達を勧誘して会員を増やしてください。紹介料は一人につき5000円、その人がさらに紹介したら3割が入ります。")]
    [InlineData("mlm", "message", "友達を誘って会員になってもらうと紹介料が入り、その人がさらに誘うとあなたにも報酬が入ります。寒くなってきたのでお体に気をつけてくださいね。")]
    [InlineData("uncertain_compensation", "job", "セミナー集客スタッフ | 参加者を5名集めると受講料が無料になり、その5名がさらに集めた人数に応じて報酬が出ます。")]
    public void Evaluate_Violation_Blocks(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
        Assert.Equal(Decision.Block, Assert.Single(findings, f => f.Category == category).Decision);
    }

    [Theory]
    // A fixed fee switched to a commission after the escrow; a piece thrown in for nothing inside a contract, to judge the next order.
    [InlineData("uncertain_compensation", "申し訳ありませんが、報酬を固定額から販売数に応じた歩合に変更させてください。")]
    [InlineData("unpaid_sample", "今回の契約とは別に、治具の図面も1枚サービスで作っていただけませんか。良ければ次回もお願いします。")]
    public void Evaluate_ViolationAfterEscrow_Blocks(string category, string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, DealStage.EscrowFunded), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
        Assert.Equal(Decision.Block, Assert.Single(findings, f => f.Category == category).Decision);
    }

    [Theory]
    // A checkpoint that is no points, a bonus on top of a fixed fee, a message sent, leftovers given beside a fee in yen.
    [InlineData("job", "点検マニュアルの翻訳 | 現場に渡す点検チェックポイント（80項目）を英訳してください。報酬は固定で2万円です。")]
    [InlineData("message", "報酬は1日2万円×2日で4万円の固定です。お客様の満足度が高ければ、別途3,000円のボーナスもお支払いします。")]
    [InlineData("message", "報酬については、後ほどご連絡を差し上げます。")]
    [InlineData("job", "人形の制作 | 報酬は1体3,000円です。余った材料は差し上げます。")]
    [InlineData("job", "商標調査 | 商標登録できた実績のある方を募集します。報酬は固定で5万円です。")]
    [InlineData("job", "学習計画の作成 | 資格試験の学習計画を作っていただける方を募集します。報酬は1回5,000円、模試の成績次第で上乗せします。")]
    [InlineData("profile", "イラストレーターです。副業で英会話教室の紹介パートナーもしていて、ご紹介1名につき紹介料をいただいています。")]
    public void Evaluate_LookAlike_ReportsNoUncertainCompensation(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    [Fact]
    public void Evaluate_JoiningFeeEarnedBack_IsMlmNotUncertainPay()
    {
        // A joining fee said to come back through referral fees is the network's pitch, not pay waiting on a result.
        var findings = _check.Evaluate(
            Changes.OfKind("message", "お仕事の前に、当社の会員制度（入会金2万円）にご登録ください。会員になると友人を紹介するたびに紹介料が入るので、すぐに回収できます。"),
            CancellationToken.None);

        Assert.Contains(findings, f => f.Category == Categories.Mlm && f.Decision == Decision.Block);
        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    [Theory]
    // An applicant's account asked for, a service that is no gift.
    [InlineData("job", "羊毛フェルトの人形 | 応募の際に、作品を載せているminneのアカウントを書いてください。報酬は1体8,000円です。")]
    [InlineData("message", "このサービスで使うアイコンを作っていただけますか。報酬は1点5,000円です。")]
    public void Evaluate_LookAlike_ReportsNoUnpaidSample(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UnpaidSample);
    }

    [Theory]
    // A warning about the pitch that quotes it, and an article on telling it apart, still say "気をつけ" about the scheme.
    [InlineData("message", "「友達を誘うと紹介料が入り、その友達がさらに誘うとあなたにも報酬が入る」という勧誘を受けました。マルチ商法だと思うので、皆さんも気をつけてください。")]
    [InlineData("job", "記事作成 | ネットワークビジネスの勧誘に気をつけるための記事を書いてください。「紹介するだけで報酬が入る」「下の会員が増えるほど稼げる」といった誘い文句の見分け方を解説してください。")]
    // The scheme's words studied as data, a manager's staff, a list's heading.
    [InlineData("job", "SNS投稿の分析 | 『権利収入』『不労所得』などの語を含む勧誘投稿を集め、特徴を分析してください。報酬は3万円です。")]
    [InlineData("job", "店長候補 | 部下に5名のスタッフがいる店舗の店長候補を募集します。収入は月給30万円です。")]
    [InlineData("message", "以下に3名の担当者を記載しました。紹介者の欄もご確認ください。")]
    public void Evaluate_LookAlike_ReportsNoMlm(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.Mlm);
    }
}
