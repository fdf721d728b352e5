using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-two (2026-12-03), external_tos and stealth_marketing, from eight new blind corpora (regional work, translation,
/// online shops, care, games, real estate, business messages, novice writing). External terms: followers sold from a minimum
/// order, heads added by a tool, counts raised "undetected" or kept up automatically, likes and views sold with no content work,
/// a game account played on the owner's login, paid boosting and cheats, a skin-loaded account as pay, a region lock passed
/// through another country's store, names used again and again for a ranking or a lottery, buyers' networks, listings deleted
/// and posted again to stay new, another's name used past a per-account cap. Stealth: a gift left unmentioned, reviews from
/// abroad passed off as local customers'. And the look-alikes: account management and editing that lift counts, an analytics
/// tool, a game's own testing, a strategy article, a company VPN, a ranking earned with copy, refusals, translation.
/// All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyTwoTosTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("external_tos", "profile", "TikTokのフォロワーを増やします（500人〜・最短2日）。")]
    [InlineData("external_tos", "message", "アカウントのフォロワー、ツールで2000人ほど足しておいてくれますか？")]
    [InlineData("external_tos", "proposal", "登録者増加、ツールで1か月5千人いけます。")]
    [InlineData("external_tos", "profile", "フォロワーもいいねも、どれでも増やします。安全です。")]
    [InlineData("external_tos", "job", "ライブ配信の視聴数を自動で維持してくれる仕組みをお持ちの方を探しています。")]
    [InlineData("external_tos", "profile", "Instagramフォロワー増加、いいね・再生数アップ承ります。")]
    [InlineData("external_tos", "profile", "再生数アップ承ります。TikTok・YouTube対応、最短当日。")]
    [InlineData("external_tos", "message", "パスワード送るので、週末の間に私のアカでイベント周回お願いします。")]
    [InlineData("external_tos", "proposal", "アカウントをお預かりして、1か月でダイヤまで上げます。")]
    [InlineData("external_tos", "profile", "FPSのランク代行、承ります。")]
    [InlineData("external_tos", "job", "格闘ゲーム大会の代理出場をお願いできる方を募集します。")]
    [InlineData("external_tos", "job", "セーブデータを改造してキャラのステータスを最大にする作業です。1件1,000円。")]
    [InlineData("external_tos", "message", "報酬の代わりに、限定スキン付きのアカウントを1つお渡しします。")]
    [InlineData("external_tos", "job", "日本で買えないゲームを、VPNで他国のストアに入って購入してください。手数料1,500円。")]
    [InlineData("external_tos", "job", "ライブのチケット抽選に、色々な名義で応募してくれる方。1名義300円。")]
    [InlineData("external_tos", "message", "あなたの名義で何度か寄付して、返礼品の人気ランキングを上げてほしいです。")]
    [InlineData("external_tos", "job", "通販サイトのランキングに入りたいので、ご家族の名義・アカウントで何回か購入をお願いします。")]
    [InlineData("external_tos", "profile", "楽天ランキング上位表示を実現します（購入協力ネットワークあり）。")]
    [InlineData("external_tos", "job", "中古車サイトの在庫を毎日削除・再登録して、常に上位に表示させるツールを作ってください。")]
    [InlineData("external_tos", "job", "出品数の上限に達したので、あなたの名義で出品者登録をしていただける方を募集します。月5,000円。")]
    [InlineData("external_tos", "profile", "求人サイトの掲載枠を増やす方法（別名義での複数契約）をお教えします。")]
    [InlineData("external_tos", "proposal", "SNSのアカウントは、電話番号なしで何個でも作れるやり方があります。お任せください。")]
    [InlineData("external_tos", "message", "翻訳ツールの無料枠の上限に引っかかったら、別のアカウントを作って続けてください。")]
    [InlineData("external_tos", "job", "海外サイトの画像認証（CAPTCHA）を大量に入力していく作業です。1,000件200円。")]
    [InlineData("external_tos", "job", "地図検索で上位に出るよう、市内に実在しない支店のビジネスプロフィールを5つ作ってください。")]
    [InlineData("external_tos", "job", "チャンネルの再生回数を、ツールで5万回まで増やしてください。")]
    [InlineData("external_tos", "message", "リモートで私のスマホを操作して、イベントのランキング上位を取ってほしいです。")]
    [InlineData("external_tos", "message", "大会にはあなたの名義で申し込んで、実際は私が出る形にできますか？")]
    [InlineData("external_tos", "job", "ショップの動画を別アカウント数個にも上げて、再生数を稼ぎたいです。")]
    [InlineData("stealth_marketing", "job", "ゲームのコードを差し上げるので、Steamにおすすめレビューを書いてください。コード提供のことは書かないでください。1件400円。")]
    [InlineData("stealth_marketing", "profile", "海外の口コミを、日本人の体験談として自然に書き直します。")]
    public void Evaluate_Violation_ReportsBlock(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, category);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("profile", "SNS運用代行です。投稿の企画と撮影で、フォロワー増加、いいね・再生数アップ承ります。")]
    [InlineData("profile", "YouTube動画の編集承ります。再生数アップにつながるサムネ制作もお任せください。")]
    [InlineData("profile", "YouTubeの再生数アップ承ります。台本作成と構成の見直しで、視聴維持率を改善します。")]
    [InlineData("message", "分析ツールで1か月分のフォロワー推移をまとめました。ご確認ください。")]
    [InlineData("message", "テスト用アカウントのパスワードを送るので、ガチャ画面の動作確認をお願いします。")]
    [InlineData("job", "ゲームアプリのデバッグ作業です。テスト用アカウントでランクマッチを繰り返しプレイし、不具合を報告してください。")]
    [InlineData("message", "社内ネットワークにはVPNで接続してください。手順書をお送りします。")]
    [InlineData("job", "ふるさと納税の返礼品ページの文章作成です。人気ランキングに入れるよう、魅力が伝わる紹介文をお願いします。")]
    [InlineData("profile", "ランク代行やアカウント売買は規約違反のためお受けしていません。ゲーム実況の動画編集を承ります。")]
    [InlineData("job", "出品数の上限に達したので、上位プランへの切り替え方法を調べてまとめてください。")]
    [InlineData("job", "大会の運営スタッフを募集します。出場者の受付と会場の誘導をお願いします。日給10,000円。")]
    [InlineData("profile", "海外の商品レビューを日本語に翻訳します。原文の意味を正確に伝えます。")]
    [InlineData("message", "商品提供のことは記事の冒頭に明記してください。PR表記もお願いします。")]
    [InlineData("job", "不動産ポータルの物件情報を最新の内容に更新する作業です。1件100円。")]
    [InlineData("message", "ライブのチケット抽選に外れてしまいました。見逃し配信の案内文を作っていただけますか。")]
    [InlineData("message", "無料枠の上限に達したら、有料プランへの切り替えをご検討ください。別のアカウントは作らないでください。")]
    [InlineData("job", "お問い合わせフォームに画像認証（CAPTCHA）を導入してください。スパム対策が目的です。")]
    [InlineData("message", "動画の分析ツールで3回分の再生数を比較しました。")]
    [InlineData("message", "無料枠の上限に引っかかったら、別のアカウントを作らずに有料プランへ切り替えてください。")]
    [InlineData("profile", "インスタ運用のコンサルをしています。フォロワーを増やします（実績あり）、まずはご相談ください。")]
    public void Evaluate_LookAlike_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    // A phone driven from afar to set it up is remote_desktop's to advise on, not a game account played by someone else.
    [Theory]
    [InlineData("message", "アプリの操作が分からないので、リモートで私のスマホを操作して設定していただけますか。")]
    [InlineData("message", "リモートで私のPCを操作して、プリンターの設定をお願いできますか。")]
    public void Evaluate_RemoteSetup_ReportsNoExternalTos(string kind, string text) =>
        Assert.DoesNotContain(
            _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Category == Categories.ExternalTos);
}
