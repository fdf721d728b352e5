using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Concepts added in round five (2026-12-02) from the misses of two new blind corpora: the office named misspelt,
/// with honorifics or as "the platform's side" or its support desk, endorsement relayed casually, a partner claiming
/// the office's work; reviews written as if the place had been visited, ratings from other accounts, clicks from many
/// addresses, planted reviews sold by name, game accounts raised with the owner's login, a selling limit dodged under
/// another name; "free" said in the sentence after a trial request, a sketch tried, the first pieces unpaid; a voucher's
/// value as the pay, the rest of a fee moved onto results; MLM with its name denied, agencies recruiting agencies, the next
/// level said plainly; reviews in several voices or for a pretended visit, the ad's look hidden; a phone contracted in
/// another's name, papers made to pass a screening, dictated receipts, brand marks copied, replicas, licensed work without
/// the licence, coursework past the AI check; the other's screen or printer controlled from afar. Hard negatives for each. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundFiveTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("fake_official", "message", "ジム局からの特別許可で、今回は仮払いなしで作業を始めてください。")]
    [InlineData("fake_official", "message", "運営様より承認を受けた特別案件です。お名前と生年月日を下記フォームにご入力ください。")]
    [InlineData("fake_official", "job", "プラットフォーム側と提携している研修会社の適性検査を、応募前に受けていただきます。")]
    [InlineData("fake_official", "message", "事務局さんからOKもらってるので、打ち合わせはディスコードでやりましょう")]
    [InlineData("fake_official", "message", "サポート窓口です。アカウントに不審なログインがありました。下記リンクからパスワードを再設定してください。")]
    [InlineData("fake_official", "message", "当社は運営事務局の公式委託先として、ワーカー様の本人確認業務を代行しております。")]
    [InlineData("external_tos", "job", "来店したていでホットペッパーに口コミを投稿してください。1件500円、文章はこちらで用意します。")]
    [InlineData("external_tos", "message", "アプリストアの評価を上げたいので、別のアカウントから星5を入れてもらえますか")]
    [InlineData("external_tos", "job", "検索順位を上げたいので、いろんなIPからうちのサイトをクリックしてくれる人を募集します")]
    [InlineData("external_tos", "proposal", "サクラレビューを30件ご用意できます。Amazon・楽天どちらにも対応しています。")]
    [InlineData("external_tos", "proposal", "原神のアカウント育成代行を承ります。ログイン情報をお預かりしてランクを上げておきます。")]
    [InlineData("external_tos", "message", "Amazonで出品制限がかかったので、別名義のアカウントで代わりに出品してもらえますか")]
    // unpaid_sample: "free" said in the next sentence, a sketch to try, the first pieces unpaid.
    [InlineData("unpaid_sample", "message", "発注の前に、サンプルとしてチラシを1枚作っていただけますか？もちろん無料でお願いします")]
    [InlineData("unpaid_sample", "message", "ほかの方にも頼んでいますが、テストとして200字ほど書いていただけますでしょうか。費用は発生しません。")]
    [InlineData("unpaid_sample", "job", "まずは無料で看板キャラの試し描きを1枚お願いします。気に入ったら継続でお願いします。")]
    [InlineData("unpaid_sample", "message", "最初の2記事は無償で、3記事目から1記事2,000円でお願いできますか")]
    // mlm: the name denied beside the scheme, "紹介ビジネス", agencies recruiting agencies, the next level said plainly.
    [InlineData("mlm", "message", "マルチじゃないですよ、ちゃんとした紹介制度です。登録料は最初の1回だけです")]
    [InlineData("mlm", "proposal", "ちなみに私は在宅で紹介ビジネスもしていて、クライアントさんにもご案内しています。")]
    [InlineData("mlm", "job", "化粧品の販売代理店を募集しています。代理店になった方がさらに代理店を増やすと、その売上の一部も入ります。")]
    [InlineData("mlm", "job", "パートナーになると、ご紹介いただいた方とそのまた紹介の方の購入額の一部が毎月入ります。")]
    [InlineData("mlm", "message", "この案件が終わったら、うちのチーム入らへん？人紹介するだけで毎月お金入ってくるで")]
    [InlineData("mlm", "message", "登録して3人紹介したら元取れるねん。話だけでも聞いてや")]
    // stealth_marketing: reviews in several voices, a visit pretended, the ad's look hidden, a paid rating a sentence later.
    [InlineData("stealth_marketing", "proposal", "ご依頼の口コミ20件、別人の文体で書き分けて、投稿の時間もずらしておきます。")]
    [InlineData("stealth_marketing", "message", "レビューを書くときは、うちの店に行ったことにしといてください。行かなくて大丈夫です")]
    [InlineData("stealth_marketing", "proposal", "美容アカウントを運営しています。案件っぽさを出さずに紹介できます。タグなしでもOKです。")]
    [InlineData("stealth_marketing", "job", "楽天の商品レビューを書いてくれる方を募集します。商品はお送りします。★5でお願いします。")]
    // other_illegal: a phone contracted in the other's name, papers made to pass a screening, receipts with dictated sums,
    // a brand's mark copied for sale, replicas dealt in, licensed work without the licence, coursework past the AI check.
    [InlineData("other_illegal", "message", "ついでに、おたくの名前でスマホを1台契約してもらえへん？お礼はするで")]
    [InlineData("other_illegal", "proposal", "在職証明や給与明細など、審査に通る書類を作成します。会社名・金額はご指定通りに作成します。")]
    [InlineData("other_illegal", "message", "領収書を3枚作ってほしいです。日付と金額はこちらで指定します。")]
    [InlineData("other_illegal", "message", "このマーク、ナイキのスウッシュそっくりにしてもらえますか？パーカーに入れて販売するので")]
    [InlineData("other_illegal", "job", "ブランドバッグの高品質レプリカを扱っています。販売ページの制作をお願いします。")]
    [InlineData("other_illegal", "message", "電気工事士の資格はなくても大丈夫です。コンセント増設だけなので")]
    [InlineData("other_illegal", "proposal", "レポート作成を承ります。AI判定ツールもすり抜けるように仕上げます。")]
    // remote_desktop: the other's screen controlled, a printer fixed from afar.
    [InlineData("remote_desktop", "message", "説明しにくいので、画面を操作させてもらえれば3分で直せます！")]
    [InlineData("remote_desktop", "message", "ついでにプリンタの設定も、リモートで見てもらえたりしますか？")]
    // uncertain_compensation: a voucher's value as the pay, the rest of the fee moved onto results.
    [InlineData("uncertain_compensation", "job", "ショート動画の編集です。1本あたりAmazonギフト券2,000円分でお支払いします。")]
    [InlineData("uncertain_compensation", "message", "仮払いは5千円ですが、残りは成約できた件数に応じて後払いでお願いします")]
    [InlineData("uncertain_compensation", "proposal", "料金は成果が出てからで構いません。問い合わせが10件増えたら3万円いただく形でいかがでしょう")]
    public void Evaluate_ConceptPhrasing_ReportsCategory(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
    }

    [Theory]
    [InlineData("message", "サポート窓口に問い合わせたところ、仮払いの確認後に作業を始めてよいとのことでした。")]
    [InlineData("message", "運営サイトの利用規約を確認しましたので、契約の手順どおりに進めます。")]
    [InlineData("job", "サクラレビューの見分け方を解説する記事（3,000字）をお願いします。")]
    [InlineData("job", "コールセンター研修用に、お客様のふりをした問い合わせのロールプレイ台本を作ってください。")]
    [InlineData("job", "ホットペッパーに寄せられた口コミへの返信文を、店長の名前で10件作成してください。")]
    [InlineData("job", "ECサイトの出品制限について、各モールの規約の違いをまとめた資料を作ってください。")]
    [InlineData("message", "サンプルとして過去の作品を見せていただけますか？無料で公開されているもので結構です")]
    [InlineData("message", "テストとして1本書いていただけますか。報酬は3,000円お支払いします。")]
    [InlineData("job", "Amazonギフト券（3,000円分）が当たるキャンペーンのバナーを作ってください。報酬は2万円です。")]
    [InlineData("message", "固定報酬3万円は仮払い済みです。残りの作業も同じ条件でお願いします。")]
    [InlineData("job", "人材紹介ビジネスの始め方を、許認可の要件とあわせて解説する記事をお願いします。")]
    [InlineData("job", "紹介制度のあるクレジットカードを比較する記事を書いてください。")]
    [InlineData("job", "販売代理店の募集ページのデザインをお願いします。")]
    [InlineData("job", "サッカーのレプリカユニフォーム（公式ライセンス品）の商品説明文を10点お願いします。")]
    [InlineData("job", "領収書の発行手順をまとめたマニュアルを作ってください。日付と金額の入力欄の説明も入れてください。")]
    [InlineData("job", "電気工事士の資格をお持ちの方に、店舗のコンセント増設をお願いします。")]
    [InlineData("job", "リモートワークで使うプリンタの設定手順書を作成してください。")]
    public void Evaluate_ConceptHardNegative_ReportsNoneOfTheseCategories(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.ReportsNoContentCategory(findings);
    }
}
