using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-two (2026-12-03), money categories (uncertain_compensation, unpaid_sample, mlm), from eight blind corpora
/// written without the code. Pay left to results in new words: paid once the client's own customer signs, revenue "出たら"
/// said plainly, a referral fee as all the pay, a goal reached with the amount after it, a rank not raised paid nothing;
/// goods in kind by name (現物払い), things taken home once money is refused, points explained in brackets; the pay left to
/// talks after the views or the finished work are seen, the floor "応相談" or the share called the main part (held).
/// A free test or an unpaid trial period beside the rate of the work after it ("合格後は…円で" pays the work, not the test).
/// Free samples asked softly (held): a rough or an image shown "just to see" before the contract, a few lines translated,
/// a sketch with the application, a job saying a task may be asked of applicants. Network recruiting: those who started
/// through the recruiter, the invitees' invitees, referrers multiplying, a selling team pitched on the side, a paid
/// membership with people to bring. And the look-alikes: a quote before the order, the client's reference images, past
/// work, a paid rough, a rough inside the contract, an aptitude quiz, a platform's pay grade, a pupil's rank.
/// All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyTwoMoneyTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // Paid once the client's customer signs, or once revenue comes, said plainly.
    [InlineData("uncertain_compensation", "message", "お支払いですが、紹介いただいたお客様が契約したら、その分をお渡しする形でお願いします。")]
    [InlineData("uncertain_compensation", "message", "報酬は、お客様の契約が決まった時点でのお支払いに切り替えさせてください。")]
    [InlineData("uncertain_compensation", "message", "編集したら、うちのチャンネルに上げてください。収益出たら払いますので。")]
    [InlineData("uncertain_compensation", "job", "配信切り抜きの編集 | 切り抜き動画を作ってください。広告収益が出たら還元します。")]
    // A referral fee as all the pay; a goal reached with the amount after it; a rank not raised paid nothing.
    [InlineData("uncertain_compensation", "job", "保険の紹介スタッフ | 知人に保険相談をすすめるお仕事です。報酬は紹介料のみとなります。")]
    [InlineData("uncertain_compensation", "job", "TikTok運用 | 店舗アカウントの運用です。3か月で5千人達成で報酬30,000円。")]
    [InlineData("uncertain_compensation", "job", "将棋の家庭教師 | 毎月の対局で段位が上がっていたら8,000円お支払いします。上がらなかった月はお支払いなしです。")]
    // Goods in kind by name, things taken home instead of money, points explained in brackets.
    [InlineData("uncertain_compensation", "job", "果樹園の収穫手伝い | 報酬は果物の現物払いとさせてください。")]
    [InlineData("uncertain_compensation", "job", "雑貨の撮影 | 報酬はお金ではなく、店内の雑貨からお好きなものを2点お持ち帰りいただく形です。")]
    [InlineData("uncertain_compensation", "job", "アンケート入力 | 報酬は当社サイトのポイント（1pt=1円、サイト内でのみ利用可）でお支払いします。")]
    // A free test or an unpaid trial period, the rate of the work after it named beside.
    [InlineData("unpaid_sample", "job", "音声の書き起こし | まずテスト音声（10分）を起こしていただきます。テストは無償です 合格後は1分70円でお願いします。")]
    [InlineData("unpaid_sample", "job", "家事代行 | 本契約の前に3日間の試用期間があります。試用期間中は無給ですが、その後は時給1,400円です。")]
    // Recruiting into a network, in new words.
    [InlineData("mlm", "job", "化粧品の紹介パートナー | 商品を使いながらSNSで広めるだけ。あなたの紹介で始めた方の売上の一部も毎月あなたに還元されます。")]
    [InlineData("mlm", "job", "ゲームギルドのメンバー募集 | あなたが招待したメンバーの稼ぎの10%、さらにその招待先の3%も入ります。参加には初期費用2万円が必要です。")]
    [InlineData("mlm", "job", "健康サロンの会員パートナー | あなたの紹介者が増えるほどボーナスがアップします。")]
    [InlineData("mlm", "message", "お仕事とは別の話ですが、一緒に物販チームやりませんか？紹介ボーナスもあって、月10万の人もいます。")]
    [InlineData("mlm", "message", "採用の条件として、当社の会員（入会金5,000円）になっていただき、知り合いを3名ご紹介いただきます。")]
    [InlineData("mlm", "profile", "美容のビジネスで最高タイトルを達成しました。チームを作れば収入は青天井です。")]
    public void Evaluate_Violation_Reports(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);

    [Theory]
    // The pay left to talks after the results or the finished work are seen; the floor left to talks; the share called the main part.
    [InlineData("uncertain_compensation", "job", "コラム執筆 | 報酬は記事のPV数を見てから相談させてください。")]
    [InlineData("uncertain_compensation", "message", "金額は納品後の仕上がりを見てから決めさせていただけますか。")]
    [InlineData("uncertain_compensation", "job", "資料請求の獲得 | 報酬は資料請求数に応じて変わります（最低保証は応相談）。")]
    [InlineData("uncertain_compensation", "job", "チャンネル運営 | 基本報酬：月2,000円 成果報酬：広告収益の30%（こちらがメインです）")]
    // A worker who would also accept goods offers an option.
    [InlineData("uncertain_compensation", "profile", "お野菜やお米での現物払いでもお受けします。")]
    // A rough or an image shown "just to see", a few lines translated, a sketch with the application, a task that may be asked.
    [InlineData("unpaid_sample", "message", "簡単なものでいいので、完成のイメージを見せてもらえますか？")]
    [InlineData("unpaid_sample", "message", "ラフだけでも先に見せていただけると助かります。")]
    [InlineData("unpaid_sample", "message", "3行くらいでいいので訳して送ってもらえますか？雰囲気を知りたくて。")]
    [InlineData("unpaid_sample", "job", "パン屋のロゴ | ご応募の際、簡単なイメージスケッチを添えていただけると嬉しいです。")]
    [InlineData("unpaid_sample", "job", "献立作成 | 応募時に2日分の献立案を添えていただけると助かります。")]
    [InlineData("unpaid_sample", "job", "Webデザイナー | 実績の少ない方には、簡単な課題（バナー1枚）をお願いすることがあります。")]
    public void Evaluate_SoftTerms_Holds(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        var finding = Assert.Single(findings, f => f.Category == category);
        Assert.Equal(Decision.Hold, finding.Decision);
    }

    [Theory]
    // A quote before the order, the decision to order again, a signed contract, a fixed fee whatever the views.
    [InlineData("uncertain_compensation", "message", "報酬は作業量を見てから相談させてください。")]
    [InlineData("uncertain_compensation", "message", "追加で発注するかどうかは、出来を見てから決めさせてください。")]
    [InlineData("uncertain_compensation", "message", "ご契約が決まったら、すぐに仮払いいたします。")]
    [InlineData("uncertain_compensation", "job", "家庭教師 | 報酬は月2万円（固定）です。成績が上がらなかった月も報酬は変わりません。")]
    [InlineData("uncertain_compensation", "job", "農家の直販サイト | お米や野菜の写真撮影です。報酬は3万円、仮払いでお支払いします。")]
    [InlineData("uncertain_compensation", "job", "事例記事 | フォロワー1万人達成した企業の事例を分析する記事です。報酬20,000円。")]
    // The client's reference images, past roughs, a paid rough, a rough inside the contract, a worker asking, an aptitude quiz.
    [InlineData("unpaid_sample", "message", "参考イメージを見せていただけますか？")]
    [InlineData("unpaid_sample", "message", "過去に描かれたラフを見せていただけると助かります。")]
    [InlineData("unpaid_sample", "worker", "簡単なもので結構ですので、イメージを見せていただけますか？")]
    [InlineData("unpaid_sample", "job", "ロゴ制作 | 選考の参考に、簡単なラフ案（1案3,000円お支払いします）をお願いすることがあります。")]
    [InlineData("unpaid_sample", "job", "サイト改修 | 契約後に修正テストをお願いすることがあります。報酬5万円。")]
    [InlineData("unpaid_sample", "job", "ロゴ制作 | 応募の際、過去の作品を添えていただけると助かります。")]
    // A paid test beside the rate of the work after it.
    [InlineData("unpaid_sample", "job", "音声の書き起こし | テスト音声（10分）は1,000円お支払いします。合格後は1分70円でお願いします。")]
    // A platform's pay grade, a pupil's rank, a team in one's own company, a game's title.
    [InlineData("mlm", "job", "ゲームコーチ | 生徒のランクが上がったら報酬をお支払いします。月1万円。")]
    [InlineData("mlm", "message", "うちの開発チームに入りませんか？報酬は月30万円です。興味あれば連絡ください。")]
    [InlineData("mlm", "job", "ゲーム攻略記事 | 最高タイトルを達成するまでの攻略記事です。1本5,000円。")]
    [InlineData("mlm", "job", "物販チームのアシスタント | 当社の物販チームで商品登録をお願いします。時給1,200円。")]
    public void Evaluate_LookAlike_DoesNotReportTheCategory(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == category);
    }
}
