using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-six (2026-12-04), external_tos and stealth_marketing, from four new corpora (rural businesses, education,
/// money-adjacent knowledge work, deliberate evaders). External terms: a per-person cap multiplied with several accounts, one
/// business listed again under other names, a birth date falsified past an age gate, a household plan spread over other
/// households or past its seats, wallets made by the dozen for a handout ("こなして" no longer read as "なし"), wallets or a
/// crawler kept from being recognised as one person or a bot, a crawler passed off as a browser, votes
/// cast by a script, counts grown with "the tool left open" or from accounts made to look like real users, a course reviewed
/// unattended on a named course site, a visit written as if it happened, the asker's other account on an unnamed Q&amp;A site; and
/// the work said to keep away from such things or not to be them. Stealth: readers told a paid product was bought, found or given
/// privately, the sponsored feel taken to nothing, a paid review rewritten to look like an ordinary customer's, testimonials
/// of made-up pupils, the advertiser kept out as who runs a ranking, the regulation named as known and then broken. And the
/// look-alikes beside each. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentySixTosTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("external_tos", "message", "限定スニーカーは1人1足までなので、複数アカウントで5足確保していただけますか。")]
    [InlineData("external_tos", "job", "同じサロンを店名を少しずつ変えて3つ掲載して、ポータルの検索結果を埋めたいです。")]
    [InlineData("external_tos", "message", "年齢確認で弾かれるので、母親の生年月日で会員登録してください。")]
    [InlineData("external_tos", "message", "ファミリープランを友人4人と共有したいので、招待の手順を代わりにやってください。")]
    [InlineData("external_tos", "job", "抽選アプリにウォレットを30個つないで、同じ人と判断されないように時間をずらして参加してください。")]
    [InlineData("external_tos", "job", "キャンペーンの特典狙いで、ウォレットを50個作り、それぞれで課題をこなしてください。")]
    [InlineData("external_tos", "profile", "動画サブスクの家族プラン、裏技で8人以上で共有できるように設定します。")]
    [InlineData("external_tos", "job", "競合サイトの価格を毎時取得するスクリプトです。ブロックされないようUser-Agentを偽装してください。")]
    [InlineData("external_tos", "job", "人気投票で1位を取りたいので、何度も投票できるスクリプトを組んでください。")]
    [InlineData("external_tos", "job", "チャンネル登録者を半年で1万人に増やしてください。ツールの利用は問いません。")]
    [InlineData("external_tos", "job", "解説動画チャンネルの登録者を増やしてください。方法は問いません。")]
    [InlineData("external_tos", "profile", "再生回数でも登録者でも、なんでも増やします。1万回から承ります。")]
    [InlineData("external_tos", "profile", "フォロワー追加サービス。すべて一般人風のアカウントから届きます。")]
    [InlineData("external_tos", "job", "Udemyの講座に★5レビューをつけてくれる方、受講しなくても大丈夫です。1件400円。")]
    [InlineData("external_tos", "job", "ホットペッパーに、実際に施術を受けたかのような口コミを書いてください。1件500円。")]
    [InlineData("external_tos", "job", "質問サイトで質問を立て、別アカウントで当社アプリをすすめる回答をお願いします。1件500円。")]
    [InlineData("stealth_marketing", "message", "このイヤホン、ご自身のSNSでは『自腹で購入した』と紹介してください。謝礼は5,000円です。")]
    [InlineData("stealth_marketing", "message", "フォロワーに聞かれたら、知人にもらったと答えてください。案件なので報酬はお支払いします。")]
    [InlineData("stealth_marketing", "message", "このタイアップ動画、案件感なしで普段の動画っぽく撮ってください。")]
    [InlineData("stealth_marketing", "message", "感想文をもう少し普通の利用者に見えるように直してください。褒め言葉を減らして。")]
    [InlineData("stealth_marketing", "job", "学習塾のサイトに載せる合格体験記を、架空の設定の生徒で5本書いてください。")]
    [InlineData("stealth_marketing", "job", "比較記事で当社を1位にして、運営元が当社であることは書かないでください。")]
    [InlineData("stealth_marketing", "message", "ステマ規制のことは知っていますが、PR表記は入れずに投稿してください。")]
    public void Evaluate_Violation_ReportsBlock(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, category);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("profile", "SNS運用代行です。フォロワー購入には関わりません。")]
    [InlineData("job", "本件はアカウントの譲渡ではありません。店舗の公式アカウントの運用をお願いする案件です。")]
    [InlineData("job", "お一人様1点限りです。複数のアカウントでのご注文はキャンセルさせていただきます、と商品ページに書いてください。")]
    [InlineData("message", "同じ店舗が、店名を変えて2件掲載されているので、古い方を削除してください。")]
    [InlineData("message", "登録時に生年月日を入力ミスしてしまい、年齢制限に引っかかりました。生年月日を変えて再登録する方法を教えてください。")]
    [InlineData("message", "ファミリープランを友人と共有するのはNGなので、友人には個別に契約をお願いしました。")]
    [InlineData("job", "テスト用にウォレットを10個作成して、送金テストを行ってください。")]
    [InlineData("job", "iPhoneのファミリー共有の裏ワザを10個紹介する記事を書いてください。")]
    [InlineData("job", "自社サイトのbot判定に正規ユーザーが引っかからないよう、閾値を見直してください。")]
    [InlineData("job", "顧客データの名寄せで、表記ゆれのせいで同一人物と判定されないケースを減らしたいです。")]
    [InlineData("job", "アプリのフォロワー管理機能に、同一人物と判定されないアカウントを一覧にする画面を追加してください。")]
    [InlineData("job", "ユーザーエージェントの偽装によるアクセスを検知する仕組みを作ってください。")]
    [InlineData("job", "投票サイトに、同じ人が何度も投票できないようにする仕組みを入れてください。ランキングは毎日更新です。")]
    [InlineData("job", "インスタのフォロワーを増やすための投稿を企画してください。画像編集ツールの使用は問いません。")]
    [InlineData("job", "フォロワーのうち、日本人っぽいアカウントの割合を調べてください。")]
    [InlineData("job", "RMTの危険性を解説する動画の台本をお願いします。")]
    [InlineData("job", "Udemyの講座の受講者レビューを分析して、改善点をまとめてください。")]
    [InlineData("message", "別のアカウントから「副業で稼げる」という怪しいメッセージが届いたので通報しました。")]
    [InlineData("message", "「自腹で買った」と書くのはステマになるので、PR表記をつけて提供品と明記してください。")]
    [InlineData("message", "先月自腹で買ったカメラのレビュー記事を納品します。報酬は先日の見積もりどおりでお願いします。")]
    [InlineData("message", "自社アカウントの投稿なので、宣伝感なしのナチュラルな写真でお願いします。")]
    [InlineData("message", "小説の原稿、普通の読者として率直な感想をいただけますか。")]
    [InlineData("job", "小説の主人公は架空の設定で構いません。高校生の体験記として書いてください。")]
    [InlineData("job", "比較記事の末尾に、運営元が当社であることを必ず明記してください。")]
    [InlineData("job", "ステマ規制について、PR表記を入れずに投稿した場合のリスクを解説する記事を書いてください。")]
    public void Evaluate_LookAlike_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
}
