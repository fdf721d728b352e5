using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round eighteen (2026-12-03), money categories (uncertain_compensation, mlm), from six blind corpora written without the
/// code. Pay left to results in new words: only the pieces accepted in ongoing work, the customers' tips, no pay for waiting
/// or no hourly floor, no per-piece rate beside a share, a prize if the entry wins, only those whose piece passed, a fee cut or
/// the payment held back when results fail (held); pay in kind by voucher, goods named in brackets, usage rights, an item
/// handed over once money is refused, points per piece, in-game currency, a win paid per ticket. Network recruiting in new
/// words: the name half in kana or denied with "MLM", "紹介マーケティング", the upline paid, the recruits' sales, a lineage to
/// sign up under, residual income, a side business with its talk or video. And the look-alikes: a selection's unpaid test, a
/// decimal rate, a success fee on top, the writer's own income bragged, a track-record rate, a buyout or a fixed fee with a
/// share on top, results-only terms turned down, a lent account's cut, a currency offered as a channel, a one-time referral
/// fee, a perk both sides get, teaching material about schemes. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundEighteenMoneyTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // Ongoing work paid only for what the client accepts.
    [InlineData("uncertain_compensation", "message", "毎月何本でも提出してください。報酬は、編集部が採用した記事のみ1本2,500円お支払いします。")]
    // The customers' tips as the pay, no pay for waiting, no hourly floor, no per-piece rate beside a share.
    [InlineData("uncertain_compensation", "job", "観光ガイド | 報酬：交通費＋お客様からのチップ（1回3,000円前後）。")]
    [InlineData("uncertain_compensation", "job", "電話相談員 | 報酬は通話分数×30円です。待機時間の報酬はありません。")]
    [InlineData("uncertain_compensation", "job", "試食販売スタッフ | 報酬：売れた1個につき50円（時給保証なし）。")]
    [InlineData("uncertain_compensation", "job", "転職ブログの記事 | 報酬は記事経由のアフィリエイト報酬の40%です（記事単価の支払いはありません）。")]
    // A prize if the entry wins, only those whose piece passed, results named in other words.
    [InlineData("uncertain_compensation", "job", "写真コンテスト用の作品撮影 | 入賞した場合の賞金を半分お渡しします。")]
    [InlineData("uncertain_compensation", "job", "店舗の口コミ | 口コミが掲載された方にのみ謝礼2,000円をお支払いします。")]
    [InlineData("uncertain_compensation", "message", "最初の2本は様子見で、結果が出たら報酬をお支払いします。")]
    [InlineData("uncertain_compensation", "job", "ブログ記事 | 報酬は公開後1か月の閲覧数×0.2円です。")]
    [InlineData("uncertain_compensation", "message", "基本報酬はゼロとし、予約1件ごとに2,000円お支払いします。")]
    // A fee cut when results fail, the payment held back until results come (both held).
    [InlineData("uncertain_compensation", "job", "広告運用 | 月の問い合わせが5件に届かなかった場合、その月の報酬は半額とさせていただきます。")]
    [InlineData("uncertain_compensation", "message", "納品ありがとうございます。売上が出るまでは、お支払いを保留させてください。")]
    // Pay in kind: a voucher sent, goods named in brackets, usage rights, an item given once money is refused, the escrow
    // replaced, points per piece, in-game currency.
    [InlineData("uncertain_compensation", "message", "今回の修正分は、Amazonギフト券でお送りしますね。")]
    [InlineData("uncertain_compensation", "proposal", "報酬の一部を、御社の商品（お茶のセット）でお支払いいただく形でも構いません。")]
    [InlineData("uncertain_compensation", "message", "ギャラについてですが、撮影データの使用権でお返しする形にしています。")]
    [InlineData("uncertain_compensation", "job", "ドライヤーのレビュー | 報酬は現金ではなく、使っていただいたドライヤー（定価2万円）を差し上げます。")]
    [InlineData("uncertain_compensation", "message", "仮払いの代わりに、うちのヨガ教室の回数券をお渡しする形でもいいですか？")]
    [InlineData("uncertain_compensation", "job", "データ入力 | 入力1件につき、当社ショップで使える5ポイントを付与します。")]
    [InlineData("uncertain_compensation", "job", "ゲームの周回作業 | 報酬はゲーム内通貨でお支払いします。")]
    // A win paid per ticket.
    [InlineData("uncertain_compensation", "job", "抽選の応募 | 抽選に応募していただき、当選1枚につき2,000円お支払いします。")]
    // The network's name half in kana, or denied while the scheme is described.
    [InlineData("mlm", "profile", "“けんり収入”で自由な暮らしを。気になる方はメッセージください。")]
    [InlineData("mlm", "message", "いや、MLMじゃなくて、ちゃんとした会社の紹介制度だよ！")]
    [InlineData("mlm", "message", "マルチじゃなくて紹介マーケティングなんです。買った人が次の人に紹介するだけ。")]
    // The upline paid, the recruits' sales, a lineage to sign up under, the people below earning for the recruiter.
    [InlineData("mlm", "proposal", "私のグループでは、メンバーの売上に応じて上位に還元される仕組みです。一緒にやりませんか。")]
    [InlineData("mlm", "message", "ご紹介いただいた方の売上の一部が毎月入ってくるビジネスをしています。ご興味あれば。")]
    [InlineData("mlm", "message", "会員になれば、あなたの紹介で入った人があなたの系列に入るように登録しますよ。")]
    [InlineData("mlm", "message", "紹介者が増えると自分にもボーナスが入るんです。会員になりませんか？")]
    // Residual income, income that lasts while the recruits stay.
    [InlineData("mlm", "profile", "Helping people build residual income with a wellness brand. 気軽にメッセージください。")]
    [InlineData("mlm", "job", "在宅パートナー | ご紹介いただいた方が続ける限り、あなたの収入もずっと続く仕組みです。初期費用は商品代のみ。")]
    // A side business pitched with its talk or video, in a message or beside the services a profile lists.
    [InlineData("mlm", "message", "お仕事とは別に、私が参加しているビジネスコミュニティの説明会があるので参加しませんか？自由な時間が増える働き方です。")]
    [InlineData("mlm", "message", "送った説明動画見てくれました？あとはお友達に声かけるだけで大丈夫です。")]
    [InlineData("mlm", "message", "それと、私サプリのアンバサダーもしてまして、紹介する側になる仕組みもお伝えできます。ご興味あれば。")]
    [InlineData("mlm", "profile", "ロゴ・バナー制作承ります。\n\n副業で“紹介するだけ”の仕組みもやっています。気になる方はメッセージください。")]
    public void Evaluate_Violation_Reports(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);

    [Theory]
    // A selection's test piece not picked (an unpaid sample, not pay on results).
    [InlineData("uncertain_compensation", "message", "選考のため、テーマに沿ったサンプルを1本ご提出ください。採用されなかった場合の報酬はありません。")]
    [InlineData("uncertain_compensation", "job", "ロゴ案 | 応募時にラフ案を2点ご提出ください。採用された方にのみ報酬をお支払いします。")]
    // A decimal rate, a track-record rate, a success fee on top, a buyout or a fixed fee with a share on top.
    [InlineData("uncertain_compensation", "job", "記事作成 | 文字単価1.0円〜（経験に応じて見直し）。1記事3,000字程度。")]
    [InlineData("uncertain_compensation", "job", "美容記事 | 文字単価1.0円〜（実績に応じて1.5円まで）。")]
    [InlineData("uncertain_compensation", "job", "営業資料の作成 | 報酬は応相談です（成功報酬もつけます）。")]
    [InlineData("uncertain_compensation", "job", "素材写真 | 買取報酬：1点2,000円。さらに販売実績に応じて売上の10%をお支払いします（買取分とは別です）。")]
    [InlineData("uncertain_compensation", "job", "集客支援（月額固定＋成功報酬） | 月額固定8万円でお願いします。目標達成時は成功報酬として3万円を追加でお支払いします。")]
    // Results-only terms turned down by the worker; the writer's own income bragged; a job promised by a diagnosis.
    [InlineData("uncertain_compensation", "proposal", "ご提示の「売上の3%」のみでは難しいため、固定で月5万円、売上連動分は上乗せという形でお願いできますか。")]
    [InlineData("uncertain_compensation", "proposal", "記事の件、承知しました。ちなみに私は副業でチームを作っていて、月収が青天井なんです。")]
    [InlineData("uncertain_compensation", "message", "スキル診断の結果に応じて、高単価案件をご紹介します。")]
    // A lent account's cut (other categories' business), a currency or a voucher offered as a channel among others.
    [InlineData("uncertain_compensation", "message", "アカウントを貸していただければ、売上の1割をお渡しします。")]
    [InlineData("uncertain_compensation", "proposal", "報酬の受け取りは、ビットコイン（暗号資産）でも対応しています。")]
    [InlineData("uncertain_compensation", "profile", "PayPay・銀行振込・各種ギフト券でのお支払いもOKです。")]
    // No cut promised, thanks that are the work's subject, points as a feature built, a draw paid when lost too.
    [InlineData("uncertain_compensation", "message", "納期が遅れた場合でも、報酬を減額することはありません。")]
    [InlineData("uncertain_compensation", "job", "口コミ集計 | お客様からのお礼のメッセージを一覧にまとめる作業です。報酬は1件100円。")]
    [InlineData("uncertain_compensation", "job", "EC改修 | 購入1件につきポイントを付与する機能を実装してください。報酬は10万円（固定）。")]
    [InlineData("uncertain_compensation", "job", "抽選の応募 | 1当選につき3,000円お支払いします（外れても作業代は出ます）。")]
    // A salon membership as the pay is pay in kind, not recruiting.
    [InlineData("mlm", "message", "報酬は1記事ごとではなく、うちのオンラインサロンの会員権（月額5,000円相当）を無料にする形でお願いしたいです。")]
    // Posts added week by week, a one-time referral fee, a perk both sides get, the second level said to earn nothing.
    [InlineData("mlm", "profile", "口コミ強化プランでは、自然な投稿を週3件ずつ増やしていきます。")]
    [InlineData("mlm", "message", "お知り合いのライターさんを紹介してもらえませんか？契約が決まったら紹介料として5,000円お支払いします（1回きりです）。")]
    [InlineData("mlm", "job", "紹介クーポンの配信設計 | お客様がお友達を紹介すると、双方に次回使える500円割引が届く仕組みを作りたいです。報酬は固定5万円。")]
    [InlineData("mlm", "job", "紹介キャンペーンLPのコーディング | 紹介した方に1か月無料（多段階の報酬はありません）。予算8万円（固定）。")]
    [InlineData("mlm", "message", "お友達紹介の特典は1回限りで、紹介された方がさらに紹介しても特典はありません。報酬は固定です。")]
    // Teaching material and an article that quote the scheme.
    [InlineData("mlm", "job", "教材の挿絵 | 「うまい話にご用心」の単元で、ねずみ講の仕組みをピラミッド図で描いてください。1点3,000円（固定）。")]
    [InlineData("mlm", "message", "第2章で、勧誘でよく使われるフレーズとして「権利収入」「不労所得」を挙げてもいいですか？")]
    public void Evaluate_LookAlike_DoesNotReportTheCategory(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == category);
    }

    [Theory]
    // A fee cut on failure and a payment held back are borderline: held, not blocked.
    [InlineData("message", "売上が伸びなかった場合は、今月の報酬を半額にさせてください。")]
    [InlineData("message", "このLPで申し込みが来たら検収させてもらう形でいいですか？それまでお支払いを保留させてください。")]
    public void Evaluate_FeeCutOrPaymentHeldOnResults_Holds(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        var finding = Assert.Single(findings, f => f.Category == Categories.UncertainCompensation);
        Assert.Equal(Decision.Hold, finding.Decision);
    }
}
