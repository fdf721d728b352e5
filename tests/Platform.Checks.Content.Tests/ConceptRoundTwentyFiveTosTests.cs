using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-five (2026-12-04), external_tos and stealth_marketing, from six new corpora (creators and streamers, dialect
/// writers, casual net style, B2B IT, international users, household services). External terms: an account sold with the
/// particle dropped, a monetized channel bought whole, a restricted account replaced in someone's name, friends added by a tool,
/// plays looped or cycled on a few phones until the count rises, stars from several named accounts, installs by the thousand for
/// a rank, a channel registered in the reader's name for the writer, a verification code relayed from the reader's number, a
/// membership card used as its holder, one licence's login shared by a team, a referral code farmed with throwaway accounts,
/// accounts ordered in bulk in English, a per-person or per-account cap multiplied through others, a ban known and dodged
/// quietly, a questioner played on a named Q&amp;A site, a fresh account booking the writer's own place. Stealth: the label left
/// out because the audience would be put off, the maker hidden, the sponsor line cut, the label said unneeded, the organiser
/// blurred, a store rating given, reviews under acquaintances' names, English requests, an ordinary player or neighbour
/// played, several accounts posting a dictated line for pay, testimonials under made-up names or unlike what was said. And the
/// look-alikes beside each. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyFiveTosTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("external_tos", "profile", "TikTokのアカウント売ってます。フォロワー5000人付きもあります。")]
    [InlineData("external_tos", "message", "登録者3,000人の収益化済みチャンネルを譲っていただける方いませんか。")]
    [InlineData("external_tos", "message", "Xのアカウントが凍結中なので、あなたのアカウントで告知を投稿してもらえますか。")]
    [InlineData("external_tos", "message", "ラクマのアカウント、君の名義でもう1つ作って、うちの商品を出品してもらえん？こっちのは停止中なんよ。")]
    [InlineData("external_tos", "message", "公式LINEの友だちを、自動で友だち追加できるツールで増やしてもらえませんか。")]
    [InlineData("external_tos", "proposal", "新曲の再生数、作業用の端末でループ再生を続ければ確実に伸ばせます。")]
    [InlineData("external_tos", "message", "この動画の再生回数、数台のスマホで回して5000回くらいまで増やしてほしいです。")]
    [InlineData("external_tos", "job", "OSSを広めたいので、複数のGitHubアカウントからスターをつけてください。1件50円。")]
    [InlineData("external_tos", "job", "ゲームアプリを急上昇ランキングに入れるため、配信初日にインストールを数万件集める方法をお持ちの方。")]
    [InlineData("external_tos", "message", "ご家族の名義でYouTubeチャンネルを作って、収益はこちらに回してもらえませんか。")]
    [InlineData("external_tos", "job", "海外在住です。あなたの電話番号で届いた認証コードを、こちらに転送していただくだけの作業です。1回300円。")]
    [InlineData("external_tos", "message", "ジムの会員カードは私のものをお貸ししますので、私の名前で入館して器具の写真を撮ってきてください。")]
    [InlineData("external_tos", "proposal", "動画編集ソフトは1ライセンスだけ購入して、スタッフ10名でIDとパスワードを共有すれば費用を抑えられます。")]
    [InlineData("external_tos", "job", "フードデリバリーアプリの新規アカウントを作って私の招待コードで登録してください。アカウントはその後放置で大丈夫です。1件500円。")]
    [InlineData("external_tos", "job", "Need 30 Instagram accounts with phone verification, each looking real. 1 account 200 yen.")]
    [InlineData("external_tos", "job", "チケットがお一人2枚までなので、ご家族のお名前でも申し込んでいただき、当選分はこちらにお渡しください。")]
    [InlineData("external_tos", "job", "1アカウントだと1日の出品数に上限があるので、各自のアカウントで当店の商品を出品してください。")]
    [InlineData("external_tos", "message", "このサイトの規約ではスクレイピングは禁止ですが、ばれないように夜間に取得してください。")]
    [InlineData("external_tos", "job", "メルカリのアカウントを開設して、ログイン情報をこちらに渡してください。1件5,000円です。")]
    [InlineData("external_tos", "proposal", "オプションで、Stack Overflowで質問者のふりをして御社のSDKを勧める回答を付けることもできます。")]
    [InlineData("external_tos", "message", "新しく作ったアカウントで当館に予約を入れて、泊まったことにしてレビューを書いてもらえますか。")]
    [InlineData("stealth_marketing", "message", "配信で紹介してもらうキーボード、広告だとわかると視聴者が離れちゃうので、タグはつけない方向でお願いします。")]
    [InlineData("stealth_marketing", "message", "このブログ、会社が運営してるとバレないように、個人の日記っぽく書いてもらえますか。")]
    [InlineData("stealth_marketing", "message", "「本動画は〇〇株式会社の提供です」のテロップ、カットしておいてください。")]
    [InlineData("stealth_marketing", "proposal", "私のアカウントで新商品を紹介できます。PR表記はしなくて大丈夫ですよ、反応が落ちるので。")]
    [InlineData("stealth_marketing", "message", "セミナーの参加レポート、主催が当社であることはぼかして書いていただけますか。")]
    [InlineData("stealth_marketing", "job", "カードゲームアプリのストアで、毎日インストールして★5つけてもらえる方。1日500円。")]
    [InlineData("stealth_marketing", "message", "楽天のレビュー、知人の名前で何件か書いてもらえませんか。商品はこちらで送ります。")]
    [InlineData("stealth_marketing", "job", "Please write a 5-star review on our shop page as a regular buyer. We pay 1,500 yen per review.")]
    [InlineData("stealth_marketing", "job", "新作ゲームのストアページに、一般のゲーマーとして高評価の感想を書いてください。1件600円。")]
    [InlineData("stealth_marketing", "job", "地域の掲示板に、地元住民っぽく当店のランチを褒める投稿をしてください。1投稿200円。")]
    [InlineData("stealth_marketing", "job", "複数のXアカウントから『このアプリ神』という趣旨の投稿をお願いします。1アカウントあたり100円。")]
    [InlineData("stealth_marketing", "job", "スクールのサイトに載せる体験談を、架空の名前で5本作ってください。実在の生徒のように。")]
    [InlineData("stealth_marketing", "message", "ホームページに載せるお客様の声、実際の感想と違ってもいいので、こちらで書いた文で載せてもいいですか。")]
    [InlineData("stealth_marketing", "message", "ショップのレビュー、星五つで書いてもらえませんか。")]
    [InlineData("stealth_marketing", "message", "サクラ用のアカを5つ用意して、それぞれで口コミを入れてください。")]
    [InlineData("stealth_marketing", "message", "うちのアプリのレビュー、★5で書いてほしいです。")]
    public void Evaluate_Violation_ReportsBlock(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, category);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("job", "ハンドメイドのアクセサリーを売りたいので、ショップのアカウントを作って作品を売りたいです。設定をお願いします。")]
    [InlineData("job", "収益化済みのチャンネルで販売するオリジナルグッズのデザインをお願いします。")]
    [InlineData("message", "Amazonの出品アカウントが制限中なので、解除申請の文面を一緒に考えてもらえますか。")]
    [InlineData("job", "公式LINEで、友だち追加された方へ自動で送るあいさつメッセージを作ってください。")]
    [InlineData("job", "ゲーム用にループ再生できるBGMを2曲お願いします。")]
    [InlineData("message", "何台かのスマホで動画の再生確認をしましたが、どれも問題なく再生できました。")]
    [InlineData("job", "弊社の複数のSNSアカウントの運用をお願いします。投稿といいねの返しも含みます。")]
    [InlineData("job", "アプリのダウンロード数を伸ばすためのストア説明文とスクリーンショットを作ってください。")]
    [InlineData("message", "ご自身の名義でStripeのアカウントを作成していただき、売上はそちらで受け取ってください。")]
    [InlineData("message", "SMSで届いた認証コードは誰にも教えないでください。サポートを名乗る人から聞かれても詐欺です。")]
    [InlineData("message", "コストコには私も行きます。会員カードは私のものを使いますので、荷物を運ぶのを手伝ってください。")]
    [InlineData("message", "パスワード共有ではなく、チームプランで各自にアカウントを発行しますね。社員20名分です。")]
    [InlineData("job", "友達紹介キャンペーンのLPを作ってください。新規登録して私の紹介コードを入れると500円分のクーポンがもらえる、という内容です。")]
    [InlineData("message", "1アカウントだと出品数に上限があるので、有料プランに切り替えましょう。サブアカウントは作らずにいきます。")]
    [InlineData("job", "限定グッズは「お一人様1点まで」と告知してください。家族の名前で並ぶのはご遠慮いただく旨も書いてください。")]
    [InlineData("job", "Instagram用の写真加工をお願いします。フォロワーを買うようなことは望んでいません。")]
    [InlineData("message", "規約に反するので、サブアカウントを量産するのはやめておきましょう。")]
    [InlineData("message", "配信の案件だとわかると引いちゃう人もいますが、PR表記は必ず入れてください。")]
    [InlineData("job", "商品写真の背景をぼかして、広告バナーに使える形にしてください。")]
    [InlineData("message", "広告表記はしなくてはいけないので、冒頭に#PRを入れてください。")]
    [InlineData("job", "新作アプリのストア用スクリーンショットを5枚、★5評価の表示もデザインに入れてください。")]
    [InlineData("message", "納品ありがとうございました！評価は★5つけさせていただきました。")]
    [InlineData("job", "家族の名前で年賀状の宛名を印刷してください。50枚です。")]
    [InlineData("job", "小説の登場人物は架空の名前で、主人公の体験談として書いてください。")]
    [InlineData("job", "お客様の声ページのデザインをお願いします。文章はこちらで実際にいただいた感想を用意します。")]
    [InlineData("message", "会社が副業禁止なので、バレないように本名は出さないでもらえますか。")]
    [InlineData("message", "テレビ番組の最後の「提供」の部分は、納品データではカットしてください（局側で入れます）。")]
    [InlineData("job", "一般プレイヤー向けの攻略記事を書いてください。おすすめの装備も紹介してください。")]
    public void Evaluate_LookAlike_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    // Another category's act whose wording looks like a service's check slipped past: an exam's identity check is other_illegal, a
    // remote-control tool's ID and password is remote_desktop; neither is another service's terms.
    [Theory]
    [InlineData("proposal", "資格試験の替え玉受験、承ります。本人確認をすり抜けるコツもお教えします。", "other_illegal")]
    [InlineData("worker", "不具合の件、チームビューアーのIDとパスワードを送ってもらえれば、こちらで直します。", "remote_desktop")]
    public void Evaluate_OtherCategoryLookAlike_ReportsNoExternalTos(string kind, string text, string category)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, category);
        Assert.DoesNotContain(findings, f => f.Category == Categories.ExternalTos);
    }
}
