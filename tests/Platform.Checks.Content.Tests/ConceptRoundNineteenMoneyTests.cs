using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round nineteen (2026-12-03), money categories (unpaid_sample, uncertain_compensation, mlm), from three blind corpora written
/// without the code. Unpaid samples in new words: roughs asked for "as a matter of course" at the proposal stage, a test piece
/// that decides the order, every applicant asked whether a part may be written unpaid, a contest's entries that win nothing, a
/// test called free in its own name, the first pieces free until the readers come. Pay left to results in new words: a fee
/// prorated by the results counted, a share "頂戴" by the worker who takes no fixed fee, most of the income said to be the
/// incentive, a token base with pay per result added (held), an exam score or pass as the condition, exposure once pay is
/// refused, affiliate results split, the rest of a nominal fee left to sales. Network recruiting in new words: income while
/// the writer does nothing or sleeps, a vague "right" to live on, referral fees that "keep coming", "気になったら" as the
/// invitation, a blog that writes "お金に関する記事" and recruits its writers. And the look-alikes: a free revision on the price
/// line above a sample heading, a licence number or a phone number asked with the application, the first piece escrowed as
/// before, an unpaid test said not to be wanted; points or piece rates said not to be the pay, a results-based fee named as
/// what others charge, a full fee paid whatever the results, an hourly wage with an incentive, a fee prorated by days, a rate
/// set on experience, a portfolio allowed beside the pay; a group said to have grown, a rate with no rank, an article about
/// the scheme's law, a customer programme designed on paper. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundNineteenMoneyTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // Roughs asked for as if taken for granted, a test piece that decides the order, every applicant asked for a part unpaid.
    [InlineData("unpaid_sample", "message", "念のため確認ですが、提案の段階でバナーのラフを2案いただけますよね？それを見て決めたいです。")]
    [InlineData("unpaid_sample", "message", "作風が好みです！テストで1点作ってもらえたら決めます。")]
    [InlineData("unpaid_sample", "message", "応募者の方全員にお願いしているのですが、商品説明文を200字だけ書いてもらうのって可能ですか？報酬はなしなのですが…")]
    // A contest's entries that win nothing, a test called free in its own name, the first pieces free until readers come.
    [InlineData("unpaid_sample", "job", "ロゴコンテスト | 応募作品の著作権は主催者に帰属します。入賞しなかった作品にも報酬はありません。")]
    [InlineData("unpaid_sample", "message", "選考用の課題をお送りします。無料のテストですが、ぜひ受けてください。")]
    [InlineData("unpaid_sample", "message", "最初の2本は無料で書いていただいて、アクセスが伸びてきたら報酬をお支払いする形でどうですか？")]
    // A fee prorated by results, a share taken by a worker who takes no fixed fee, an exam score or a pass as the condition.
    [InlineData("uncertain_compensation", "message", "契約は月5万円ですが、実際は成約が月5件あれば満額、それ未満なら件数に応じて按分とさせてください。")]
    [InlineData("uncertain_compensation", "proposal", "初期費用はいただきません。売れた分から15%を頂戴する形で集客を代行します。")]
    [InlineData("uncertain_compensation", "proposal", "固定報酬は一切いただきません。お問い合わせが増えた分だけで結構です。")]
    [InlineData("uncertain_compensation", "job", "英語試験の受験 | 報酬は750点以上で 80,000円です。スコアの証明をお送りください。")]
    [InlineData("uncertain_compensation", "job", "オンライン検定の受験代行 | 報酬は合格時に3万円です。")]
    // Exposure once pay is refused, affiliate results split, the rest of a nominal fee left to sales.
    [InlineData("uncertain_compensation", "message", "撮影料はお支払いできないのですが、写真はポートフォリオに使っていただいて構いません。")]
    [InlineData("uncertain_compensation", "job", "比較ブログの記事 | 報酬はASPで成果が発生した分から折半します。")]
    [InlineData("uncertain_compensation", "message", "契約金額はいったん2,000円で仮払いして、残りは売れ行きを見て歩合で上乗せしますね。")]
    // Income while the writer does nothing or sleeps, a vague "right", referral fees that keep coming.
    [InlineData("mlm", "worker", "実は副業でもう一つ仕組みを持っていて、自分が動かなくても毎月お金が入ってくるんです。興味あればお話だけでもどうですか？")]
    [InlineData("mlm", "profile", "元販売員です。今は仲間と、寝ている間も収入が入る暮らしをしています。気になったら声かけてください。")]
    [InlineData("mlm", "profile", "ある“権利”のおかげで、今は好きな場所で暮らしています。気になる方はメッセージください。")]
    [InlineData("mlm", "message", "報酬とは別の話ですが、私の会員制度に入ってもらうと紹介料がずっと入りますよ。")]
    // A blog's "お金に関する記事" does not make the recruiting of its writers a text about the scheme.
    [InlineData("mlm", "job", "節約ブログのライター募集 | 家計に関する記事を書いてください。別途、当サロン（入会金50,000円）に入会いただき、会員を紹介すると紹介料、さらにその方が紹介した分もあなたの収入になります。")]
    public void Evaluate_Violation_Reports(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);

    [Theory]
    // A free revision on the price line above a sample heading, existing samples pointed to.
    [InlineData("unpaid_sample", "proposal", "【料金】\n1本20,000円（修正は2回まで無償で対応します）\n\n【サンプル】\n過去に書いた記事をポートフォリオに3本載せています。新しく書いたサンプルは必要ありません。")]
    [InlineData("unpaid_sample", "proposal", "【料金】5分以内の原稿15,000円（リテイク1回まで無料）\n\n【サンプル】\n声のサンプルをお送りしてもよろしいでしょうか。")]
    // A licence number or a phone number asked with the application.
    [InlineData("unpaid_sample", "job", "社会保険労務士の方限定 | ご提案時に登録番号と所属会を記載してください。\n・書類の提出はこちらで行います\n報酬はご提示ください。")]
    [InlineData("unpaid_sample", "job", "チラシ制作 | 応募の際にお名前と日中つながる番号を書いておいてください。")]
    // The first piece escrowed as before, an unpaid test said not to be wanted.
    [InlineData("unpaid_sample", "message", "2本目以降は月末締めのお支払いでもよろしいですか？もちろん1本目はこのまま仮払いで進めます。")]
    [InlineData("unpaid_sample", "message", "こちらも無償のテストはお願いするつもりはありません。まずは1本、通常の報酬でご依頼します。")]
    // Points or a piece rate said not to be the pay, a results-based fee named as what others charge, a full fee whatever
    // the results, an hourly wage with an incentive on top, a fee prorated by days, a rate set on experience.
    [InlineData("uncertain_compensation", "job", "節約術の記事 | 報酬はポイントではなく現金で、1記事3,000円（固定）です。")]
    [InlineData("uncertain_compensation", "job", "梱包作業 | 報酬は1個60円（出来高ではなく、月ごとの個数で確定払い）。")]
    [InlineData("uncertain_compensation", "proposal", "※「成果報酬型」の業者もありますが、私は月額40,000円の固定のみでお受けしています。")]
    [InlineData("uncertain_compensation", "message", "成約がなくても固定報酬は満額お支払いします。")]
    [InlineData("uncertain_compensation", "job", "テレアポ | 時給1,200円を必ずお支払いし、それに加えてアポ1件ごとに800円のインセンティブを上乗せします。")]
    [InlineData("uncertain_compensation", "message", "月の途中で終了した場合は、稼働日数に応じて按分してお支払いします。")]
    [InlineData("uncertain_compensation", "proposal", "月20万円を希望します。ご経験の評価次第で調整していただいても構いません。")]
    // A portfolio allowed beside the pay.
    [InlineData("uncertain_compensation", "message", "報酬は3万円です。納品物はポートフォリオに載せていただいて大丈夫です。")]
    // A group said to have grown as the reason, a rate with no rank, an article about the scheme's law or its terms.
    [InlineData("mlm", "job", "配送シフト表の作成 | 配送の仲間が増えてきたので、シフトを管理する表を作ってください。副収入にもなる簡単な作業です。")]
    [InlineData("mlm", "profile", "個人で情報サイトを運営しています。報酬率は業界でも高めに設定しています。ライターさん随時募集中です。")]
    [InlineData("mlm", "message", "第3章は法律面（連鎖販売取引の定義と書面の交付義務）をもう少し詳しくお願いします。")]
    [InlineData("mlm", "job", "ネットワークビジネスに関するコラム | ダウンラインや権利収入という言葉の意味を中立的に説明する記事です。報酬10,000円。")]
    // A customer programme designed on paper.
    [InlineData("mlm", "job", "ドラッグストアの会員制度 | お友達を紹介すると300ポイントもらえる特典など、会員制度の設計案を企画書にまとめてください。報酬6万円（固定）。")]
    public void Evaluate_LookAlike_DoesNotReportTheCategory(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == category);
    }

    [Theory]
    // Most of the income said to be the incentive, or a token base with pay per result added: held, not blocked.
    [InlineData("job", "テレアポ | 基本報酬は1日200円です。月の収入のほとんどはインセンティブになります。")]
    [InlineData("job", "アフィリエイト記事 | 1記事 固定300円＋記事経由の申込1件につき2,000円。")]
    [InlineData("job", "反響営業 | 基本報酬は月500円、来店から成約した場合は1件1万円のボーナスを支給します。")]
    public void Evaluate_MostlyResults_Holds(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        var finding = Assert.Single(findings, f => f.Category == Categories.UncertainCompensation);
        Assert.Equal(Decision.Hold, finding.Decision);
    }
}
