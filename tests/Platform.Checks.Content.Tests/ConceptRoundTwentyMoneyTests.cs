using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty (2026-12-03), uncertain_compensation, unpaid_sample and mlm, from twelve new tuning corpora. Pay held until the
/// client is satisfied or more work is done, experience or exposure instead of money, goods, tokens or points in place of the
/// fee, a sum on an event or per event, the amount set after seeing the numbers, most of the pay said to be results (held);
/// new work asked for with no pay said outright, skill judged on a piece ordered only if liked, a try-out in kana, candidates'
/// competing pieces; a referral bonus the writer lives on, a team "spreading" a product, a distributor's team size, a buy-in
/// made "free" by recruiting, a start-up cost pitched with a referral fee, friends' sign-ups paid per head. And the
/// look-alikes: a cost earned back from fixed pay, a gift apart from the fee, results-only pay turned down, pay schemes
/// compared as homework, a bonus on top of a named fee, a customer's perk in a flyer, a worker's free hearing, an identity
/// check, a limited-time free offer, a solicitation ban, a trading drawdown. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyMoneyTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("job", "在宅で梱包作業。スターターセット代は最初の月の報酬で十分回収できます。1個40円の固定単価です。")]
    [InlineData("message", "納品ありがとうございました。報酬とは別に、地元のお菓子を少しお送りしますね。")]
    [InlineData("proposal", "アポ取りの経験があります。ただ完全成果だと厳しいので、固定で時給1,100円にしていただけないでしょうか。")]
    [InlineData("message", "課題の「歩合制と固定給のちがい」だね。歩合制は売れた分だけ増える働き方、固定給は毎月同じ額。表にしてみよう。")]
    [InlineData("job", "英検の対策動画の編集。報酬8万円、再生目標達成で+1万円。")]
    [InlineData("job", "美容室の紹介カードのデザイン。ご成約時に商品券2千円を進呈する内容です。報酬12,000円。")]
    [InlineData("worker", "初回のヒアリングは無料で承っております。提案書の作成はご契約後とさせてください。")]
    [InlineData("message", "契約前に、本人確認のため身分証の写真を送ってください。問題なければ契約します。")]
    [InlineData("profile", "家計の見直し講座、今だけ無料でお伝えしています。")]
    [InlineData("job", "カフェの案内ページ作成。店内での宗教やネットワークビジネス等の勧誘行為の禁止も文面に入れてください。")]
    [InlineData("message", "自動売買ツールの検証結果です。最大ドローダウン12.5％でした。")]
    [InlineData("proposal", "ご依頼の件、ぜひお手伝いさせてください。テスト記事は不要とのことで承知しました。")]
    [InlineData("job", "マニュアルの英日翻訳をお願いします。報酬は固定で1ワード8円、成果報酬や歩合ではありません。")]
    public void Evaluate_NotAViolation_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    [Theory]
    [InlineData("uncertain_compensation", "message", "仕上がりに納得できたら払いますね。それまでは何度でも直してください。")]
    [InlineData("uncertain_compensation", "message", "私がOKを出すまで直してください。それまでは払いません。")]
    [InlineData("uncertain_compensation", "message", "検収してほしければ、追加でバナーを5枚作ってください。終わったらまとめて払います。")]
    [InlineData("uncertain_compensation", "job", "地域イベントの運営補助。報酬は出ませんが、運営の実務経験が積めます。")]
    [InlineData("uncertain_compensation", "message", "お金は出せないけど、作品ページにお名前を載せて宣伝になるようにします。")]
    [InlineData("uncertain_compensation", "message", "今回はお支払いを少し減らさせてください。代わりに、当店で使えるポイントを3,000円分お付けします。")]
    [InlineData("uncertain_compensation", "job", "倉庫の片付けを手伝ってくれる方。報酬はお金ではなく、使わなくなった自転車をお譲りします。")]
    [InlineData("uncertain_compensation", "job", "コミュニティ運営。報酬は当社のトークンで支払います。")]
    [InlineData("uncertain_compensation", "message", "報酬は作業量に応じたポイント制です。ポイントはギフト券に交換できます。")]
    [InlineData("uncertain_compensation", "job", "ゲームの大会に代理で出てください。1位獲得時に10,000円お支払いします。")]
    [InlineData("uncertain_compensation", "message", "報酬は固定ではなく、問い合わせが1件あるごとに800円です。")]
    [InlineData("uncertain_compensation", "message", "記事が検索で5位以内に入ったら残りを払います。")]
    [InlineData("uncertain_compensation", "job", "手作りピアスの組立て。審査を通過したものだけ1個80円で買い取ります。")]
    [InlineData("uncertain_compensation", "message", "実際の報酬は来月の数字を見てから決めます。")]
    [InlineData("unpaid_sample", "message", "選考の一環として、記事を1本書いていただけますか。なお報酬は発生しません。")]
    [InlineData("unpaid_sample", "message", "本番の前に、一度無償でリハーサル撮影に来てもらえないかな？")]
    [InlineData("unpaid_sample", "message", "実力を見たいので、サンプル動画を1本作ってもらえますか？良かったら正式に依頼します。")]
    [InlineData("unpaid_sample", "message", "ためしに1枚描いてみてもらえますか、よかったら本発注します。")]
    [InlineData("unpaid_sample", "message", "他の候補の方にもお願いしていますが、ロゴのラフを送っていただけますか？一番良かった方とだけ契約します。")]
    [InlineData("mlm", "message", "サプリの会員になれば紹介報酬が出るので、私もそれで生活してます。よかったら。")]
    [InlineData("mlm", "profile", "オーガニック石けんを広める仲間を募集しています。自分のペースで収入を増やせますよ。")]
    [InlineData("mlm", "profile", "海外コスメのアンバサダー歴3年。チームは150人になりました。一緒に始めませんか？")]
    [InlineData("mlm", "message", "スターターキットの購入が必要ですが、仲間を3人誘えば実質タダです。")]
    [InlineData("mlm", "message", "登録料3万円で始められます。やってみません？紹介料も出ますよ。")]
    [InlineData("mlm", "message", "報酬の残りは、お友達にうちのサロンへ入会してもらえたら1人につき3,000円ずつ上乗せします。")]
    public void Evaluate_Violation_Reports(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);

    // Most of the pay on results, a small base aside: held for review rather than blocked.
    [Theory]
    [InlineData("ブログ記事作成。基本報酬1記事300円、メインはインセンティブでお考えください。")]
    public void Evaluate_MostlyResults_HoldsUncertainCompensation(string text)
    {
        var findings = _check.Evaluate(Changes.OfKind("job", text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.UncertainCompensation && f.Decision == Decision.Hold);
    }

    // A piece asked for after the contract's work, for a renewal: still unpaid work asked for before an order.
    [Fact]
    public void Evaluate_FreePieceBeforeRenewal_ReportsUnpaidSample() =>
        ConceptAssert.Reports(
            _check.Evaluate(
                Changes.Message("契約を更新する前に、新しいバナーの案を2つ出してもらえますか？今回は無償でお願いします。", stage: DealStage.Completed),
                CancellationToken.None),
            Categories.UnpaidSample);
}
