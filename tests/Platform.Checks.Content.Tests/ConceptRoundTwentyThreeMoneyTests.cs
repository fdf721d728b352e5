using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-three (2026-12-04), money categories (uncertain_compensation, unpaid_sample, mlm), from eight blind corpora
/// written without the code. Network recruiting: people put under the recruiter, the recruits recruiting in turn, the upline's
/// income shown off. Pay left to results: unpaid "volunteering" until a goal, a third party's loan carried out, accounts
/// opened, a share of another party's fee, terms proposed casually, merchandise or a membership as the pay, points granted by
/// a count. Held: the amount set later once the results are seen, a fee cut when a pupil does not stay, the rate table kept
/// until after the contract. Free samples: a mock lesson or a selection video unpaid, test pieces left out of the pay, the same
/// piece asked of several candidates, a free first month; held: something small shown or tried "just to see".
/// And the look-alikes: a scheme turned away in a profile ("…の勧誘目的のご連絡はご遠慮ください"), wording kept out of a text,
/// a past job that turned out to be a scheme, a single-level referral feature, a product introduced in a blog post, a free
/// test said not to be asked, every piece paid, a selection test passed then fixed pay, a past exam as material.
/// All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyThreeMoneyTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // People put under the recruiter, the recruits recruiting in turn, the upline's income shown off.
    [InlineData("mlm", "message", "実は私、健康食品のグループにいて、下に人をつけるとかなりの収入になるんです。説明会に来ませんか？")]
    [InlineData("mlm", "message", "入会金3万円を払えば、下にメンバーをつけて稼げる仕組みです。")]
    [InlineData("mlm", "job", "入力チームのまとめ役 | メンバーを集めていただくと報酬の5%があなたにも入ります。メンバーがさらにメンバーを集めた場合も対象です。")]
    [InlineData("mlm", "worker", "副業に興味ありますか？私の上の方が毎月すごく稼いでいて、話を聞くだけでも勉強になりますよ！")]
    // Unpaid until a goal, a third party's loan carried out, accounts opened, a share of another party's fee, casual terms.
    [InlineData("uncertain_compensation", "message", "フォロワーが5000人になったらお支払いします。それまではボランティアでお願いします。")]
    [InlineData("uncertain_compensation", "job", "住宅ローンの紹介 | 住宅ローンを検討している方をご紹介ください。融資が実行されたら1件2万円お支払いします。")]
    [InlineData("uncertain_compensation", "job", "証券口座の紹介 | SNSで集客してください。口座開設1件ごとに5,000円です。")]
    [InlineData("uncertain_compensation", "job", "演奏者のご紹介 | 知り合いの演奏者を紹介していただく仕事です。紹介料として先方のギャラの20%をお渡しします。")]
    [InlineData("uncertain_compensation", "message", "固定は難しいので、物販の売上の2割をお渡しする、って形でどうでしょう。")]
    // Merchandise or a membership as the pay, points granted by a count.
    [InlineData("uncertain_compensation", "job", "歌詞動画の制作 | 報酬は、ファンクラブのメンバーシップ半年分と限定グッズのセットでお願いします。")]
    [InlineData("uncertain_compensation", "message", "今回の追加分は、お金ではなくうちのお店のグッズでお支払いする形でもいいですか？")]
    [InlineData("uncertain_compensation", "job", "学習アプリの紹介 | 紹介経由のダウンロード数に応じてポイントを付与します。ポイントはアプリ内で使えます。")]
    // A mock lesson or a selection video unpaid, test pieces left out of the pay, a piece asked of several, a free first month.
    [InlineData("unpaid_sample", "job", "英会話講師 | 面接の代わりに20分の模擬レッスンをしていただきます（模擬レッスンは無償です）。")]
    [InlineData("unpaid_sample", "job", "物理の解説動画 | 応募時に、添付した過去問の解説動画を撮影して提出してください。選考用のため報酬は発生しません。")]
    [InlineData("unpaid_sample", "message", "念のため、契約前に書いていただいたテスト分は報酬に含まれませんのでご了承ください。")]
    [InlineData("unpaid_sample", "message", "何人かにお願いしていて、一番いいものを作ってくれた方に発注します。まず1点作ってもらえますか？")]
    [InlineData("unpaid_sample", "job", "経理の代行 | 月次の記帳をお願いします。初月はお試しということで無料で対応いただける方を優先します。")]
    public void Evaluate_Violation_Blocks(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
        Assert.Equal(Decision.Block, Assert.Single(findings, f => f.Category == category).Decision);
    }

    [Theory]
    // The amount set later once the results are seen, a fee cut when a pupil does not stay, the rate table kept back.
    [InlineData("uncertain_compensation", "message", "金額はイベント当日の集客を見てから決めさせてください。")]
    [InlineData("uncertain_compensation", "job", "コラム執筆 | 報酬は、サイトの収益状況を見て月末に決めさせてください。")]
    [InlineData("uncertain_compensation", "message", "報酬額は、動画の反応を見てから最終的に決めさせてください。")]
    [InlineData("uncertain_compensation", "message", "受講生が翌月も継続しなかった場合は、その月の報酬を半額にさせてください。")]
    [InlineData("uncertain_compensation", "job", "ショート動画編集 | 報酬：1本800円〜。詳しい単価表は契約後にお伝えします。")]
    // Something small shown or tried "just to see", before the order.
    [InlineData("unpaid_sample", "message", "ちょっとだけ動くものを見せてもらえますか？決める材料にしたくて。")]
    [InlineData("unpaid_sample", "message", "発注の前に、少しだけ修正案を見せていただけると助かります。")]
    [InlineData("unpaid_sample", "message", "実績がまだないようでしたら、簡単なもので構わないので何か見せていただけますか？")]
    [InlineData("unpaid_sample", "job", "ブログ記事の改善 | ご応募の際に、どこをどう直すか、改善案を少しだけ見せていただけると選びやすいです。")]
    [InlineData("unpaid_sample", "message", "選考の前に、軽く試しに1枚作ってもらえたりしますか？")]
    [InlineData("unpaid_sample", "message", "一度テストとして、短い問題を3問ほど作っていただくことは可能ですか？")]
    public void Evaluate_SoftTerms_Holds(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        var finding = Assert.Single(findings, f => f.Category == category);
        Assert.Equal(Decision.Hold, finding.Decision);
    }

    [Theory]
    // A scheme turned away in a profile, wording kept out of a text, a past job that turned out to be a scheme.
    [InlineData("mlm", "profile", "ネットワークビジネスや副業セミナーの勧誘目的のご連絡はご遠慮ください。翻訳のご依頼をお待ちしています。")]
    [InlineData("mlm", "worker", "MLMっぽい表現にならないよう、「誘うだけで稼げる」系の言い回しは外しておきました。")]
    [InlineData("mlm", "worker", "前に、事務の仕事のはずがMLMの勧誘だったことがあるので確認ですが、今回は純粋な入力作業ですよね？")]
    // A single-level referral feature built, a product introduced in a blog post.
    [InlineData("mlm", "job", "招待機能の実装 | 招待コードで入会した人と招待した人の双方にポイントを付与する機能です。多段階の報酬などはなく、1対1の特典のみです。")]
    [InlineData("mlm", "job", "カフェの体験記事 | 新メニューの試食にご招待しますので、その感想をご自身のブログで紹介していただけませんか。報酬は1記事8,000円です。")]
    // Pay on results turned away; a selection test passed, then a fixed rate.
    [InlineData("uncertain_compensation", "profile", "固定報酬のお仕事のみお受けしています。成果報酬のみの案件はご遠慮ください。")]
    [InlineData("uncertain_compensation", "job", "継続ライター | まずテスト記事を1本書いていただきます（テストは無報酬です）。合格すれば1記事4,000円で継続発注します。")]
    // Merchandise as the work's subject, money named first.
    [InlineData("uncertain_compensation", "job", "グッズのデザイン | 報酬は1点5,000円、アクリルスタンドのデザインでお願いします。")]
    // A free test said not to be asked, every piece paid, a past exam as paid material.
    [InlineData("unpaid_sample", "job", "料理写真の撮影 | 選考は実績のみで行います。無償のテスト撮影やサンプルはお願いしません。報酬40,000円。")]
    [InlineData("unpaid_sample", "job", "挿絵10点 | 最初の1点ができた時点で一度見せてもらい方向性を確認します（もちろん10点分すべてお支払いします）。1点3,000円。")]
    [InlineData("unpaid_sample", "job", "数学の解説動画 | 過去問の解説動画を毎週2本撮影していただきます。1本6,000円、仮払いで毎月お支払いします。")]
    [InlineData("unpaid_sample", "message", "過去に作ったものを見せていただけますか？")]
    public void Evaluate_LookAlike_DoesNotReportTheCategory(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == category);
    }
}
