using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round eighteen (2026-12-03), other_illegal, fake_official and remote_desktop, from six new tuning corpora: coursework
/// written in the student's style or handed in under their name, a contest entry ghost-written, answers passed while an exam
/// runs, a brand's mark imitated, a licensed title or permit claimed without it, a brokerage share paid to someone without the
/// licence, members played to keep users paying, data bought from brokers or scraped from other services, accounts and pay in
/// other people's names, money routed round a seizure, vague jobs run over secret apps, guaranteed returns, click fraud, tax
/// kept off the invoice, work promised after a fee, paid content resold, cheat tools, locked phones; the office's rules or
/// consent invoked, a prize notice in its voice; remote support given through a tool, the written steps set aside for it.
/// And their look-alikes: the topic of an article, the claim quoted back in doubt, a remote-desktop server built, a request
/// turned down. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundEighteenIllegalTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("job", "ロゴ制作 | 高級感のあるロゴをお願いします。有名ブランドのロゴに似ないよう、オリジナルでお願いします。")]
    [InlineData("job", "民泊の清掃 | 旅館業の許可を取得済みの物件です。チェックアウト後の清掃をお願いします。")]
    [InlineData("job", "退職代行サービスのLP制作 | 弁護士法人が運営する退職代行の紹介ページを作ってください。")]
    [InlineData("job", "法人リスト作成 | 公開情報から企業名と所在地をまとめてください。個人の連絡先は収集しないでください。")]
    [InlineData("message", "記事では「元本保証」「月利10%」といった表現は使わないでください。")]
    [InlineData("profile", "化粧品会社で広告審査をしていました。「シミが消える」など問題のある表現の見分けが得意です。")]
    [InlineData("proposal", "相続や「名義貸し」などトラブル系のテーマの記事も、これまで多数執筆してきました。")]
    [InlineData("message", "報告書の作成者欄には、税理士でなく担当者のお名前を記載してください。")]
    [InlineData("message", "事務局に問い合わせたところ、修正依頼はメッセージ機能でお願いしますとのことでした。")]
    [InlineData("message", "事務局公認のフォームだというお話でしたが、ヘルプには載っていないようなので、サイト内のメッセージだけで進めます。")]
    [InlineData("job", "キャンペーン告知 | 「当選のお知らせ」メールの文面を作成してください。当選者にはギフト券をお送りします。")]
    [InlineData("job", "リモートデスクトップ環境の構築 | 社員向けにWindows Serverでリモートデスクトップサービスを構築してください。")]
    [InlineData("message", "AnyDeskで操作してほしいとのお話でしたが、セキュリティを考えて手順の動画をお送りします。")]
    [InlineData("job", "遠隔操作ロボットの紹介動画 | 工場向け遠隔操作ロボットのPR動画を編集してください。")]
    [InlineData("job", "空撮動画の編集 | ドローンで撮影済みの素材をつないで、BGMを付けてください。資格不要です。")]
    [InlineData("job", "アプリの動作確認 | マッチングアプリの検証用に、女性会員としてプロフィールを作って動作確認してください。")]
    [InlineData("message", "他人名義のクレジットカードは使えません。ご本人名義のカードでお支払いください。")]
    [InlineData("message", "節税の相談です。経費の領収書はすべて保管しているので、帳簿付けをお願いします。")]
    [InlineData("job", "AI画像生成 | 架空の人物の顔でモデル画像を作ってください。芸能人の顔では作らないでください。")]
    [InlineData("message", "PayPayでの支払いはできません。事務局の規定で、支払いはサイト経由のみです。")]
    public void Evaluate_NotAViolation_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    // Look-alikes that fall under another category, not this one.
    [Theory]
    [InlineData("other_illegal", "job", "入居者紹介 | ご紹介いただいた方が成約した場合、仲介手数料の10%をお支払いします。")]
    [InlineData("other_illegal", "job", "ヤフオク出品代行 | 出品は当方の名義のアカウントで行います。写真撮影と説明文をお願いします。")]
    [InlineData("other_illegal", "message", "チラシの見出しを「ご成約で商品券プレゼント」に差し替えました。")]
    [InlineData("other_illegal", "message", "家庭教師として、期末テストの前に苦手な単元を一緒に復習しましょう。")]
    public void Evaluate_LookAlike_DoesNotReport(string category, string kind, string text) =>
        Assert.DoesNotContain(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Category == category);

    [Theory]
    // Coursework in the student's style, under their name, the proofreading turned down, a contest entry.
    [InlineData("other_illegal", "profile", "ゼミのレポート、お任せください。\nご本人の文体に寄せて書きますので安心です。")]
    [InlineData("other_illegal", "message", "修論の考察の章だけ書いてもらえませんか。提出は自分の名前でします。")]
    [InlineData("other_illegal", "message", "添削じゃなくて、そのまま提出できる形で卒論を書いてほしいです。")]
    [InlineData("other_illegal", "job", "短編小説の執筆 | 来月締切の文学賞に応募したいので、私の名前で出す短編を書いてください。")]
    // Exams: answers passed while it runs, taken in the candidate's place.
    [InlineData("other_illegal", "profile", "資格試験のオンライン受験、別端末で問題を見て答えをお伝えします。")]
    [InlineData("other_illegal", "profile", "Webテスト、ログイン情報をいただければ私が代わりに受けます。")]
    // A brand's mark and a character copied for sale.
    [InlineData("other_illegal", "job", "アパレルのロゴ制作 | グッチっぽいマークを少しだけ変えて、うちのロゴにしてください。")]
    [InlineData("other_illegal", "job", "LINEスタンプ制作 | 人気アニメのキャラを本家にかなり寄せて描いて、スタンプとして販売したいです。")]
    // A licensed title written for someone without it, a permit still missing, a drone flown without one, talks for a leaver.
    [InlineData("other_illegal", "message", "報告書の作成者欄に「税理士」と記載してください。実際には税理士でなくても構いません。")]
    [InlineData("other_illegal", "job", "民泊の清掃 | 旅館業の許可はまだですが、来月から予約を受けます。清掃をお願いします。")]
    [InlineData("other_illegal", "profile", "ドローン空撮やります。資格は持ってないですが夜間でも飛ばせます。")]
    [InlineData("other_illegal", "job", "退職代行スタッフ | 依頼者の代わりに会社と話して、有給消化や退職日の調整をまとめていただきます。")]
    [InlineData("other_illegal", "message", "お客さんを紹介してくれたら仲介手数料の半分を渡します。宅建なくても大丈夫です。")]
    // Members played for pay, a clinic's ad rules waved away, shares that trade nowhere.
    [InlineData("other_illegal", "job", "チャットサイトのメッセージ対応 | 男性会員としてプロフィールを作り、女性ユーザーとやり取りしてください。課金を続けてもらえるよう工夫を。")]
    [InlineData("other_illegal", "job", "美容皮膚科の体験談 | 医療広告ガイドラインのことは気にせず、効果ははっきり書いてください。")]
    [InlineData("other_illegal", "message", "報酬の一部を当社の未公開株でお支払いしたいです。上場すれば値上がりしますよ。")]
    // Personal data bought or scraped.
    [InlineData("other_illegal", "job", "名簿の整理 | 名簿業者から購入した個人リストを地域別に分けてください。")]
    [InlineData("other_illegal", "job", "データ収集 | マッチングアプリの女性会員の写真と年齢を収集して一覧にしてください。")]
    // Accounts, identities and pay in other people's names; a seizure dodged.
    [InlineData("other_illegal", "job", "フリマ出品 | ご家族の名義でアカウントを作り、こちらの商品を出品してください。売上はこちらの口座に送金してください。")]
    [InlineData("other_illegal", "worker", "契約はこのアカウントのままで、作業は知人にやってもらってもいいですか？")]
    [InlineData("other_illegal", "worker", "口座が差し押さえになっているので、報酬は母の名義の口座に振り込んでもらえますか。")]
    [InlineData("other_illegal", "message", "新しいアカウントは、本人確認に知人の免許証を使って登録します。")]
    [InlineData("other_illegal", "job", "口座開設 | 証券口座を開設し、ログインIDとパスワードを納品してください。")]
    [InlineData("other_illegal", "message", "学生証の画像を加工して、有効期限を来年に変えてもらえますか。")]
    // Secret-app jobs, guaranteed returns, clicks on a rival's ads, tax kept off the invoice, a fee before the work.
    [InlineData("other_illegal", "job", "高額即日バイト | 誰でもできるホワイト案件です。詳細はテレグラムで連絡します。")]
    [InlineData("other_illegal", "message", "元本保証で年利12%の運用案件があります。出資していただけませんか。")]
    [InlineData("other_illegal", "job", "広告クリック | 競合店の検索広告を毎日クリックして、広告費を消化させてください。")]
    [InlineData("other_illegal", "message", "今回の分は請求書に載せないでおくので、現金で手渡しにしましょう。税金が安くなるので。")]
    [InlineData("other_illegal", "job", "在宅ワーク | まず教材を購入していただく必要があります（19,800円）。購入後、稼げるお仕事をご紹介します。")]
    // Paid content resold, cheat tools, a locked phone, a celebrity's face.
    [InlineData("other_illegal", "job", "PDF化 | 購入した有料noteの記事をまとめて、会員サイトで販売できる形にしてください。")]
    [InlineData("other_illegal", "job", "ツール開発 | 対戦ゲームのエイムボットを作ってください。検出されにくい仕様で。")]
    [InlineData("other_illegal", "message", "前の持ち主が分からないスマホのアクティベーションロックを解除できませんか。")]
    [InlineData("other_illegal", "job", "AI画像 | 有名人の顔で水着の画像を作ってください。")]
    // The office's rules, consent or voice: a security standard, a direct payment allowed, a signing link, a prize, a warning.
    [InlineData("fake_official", "message", "運営事務局の定めるセキュリティ基準に則り、契約前にTeamViewerでPCを確認させていただきます。")]
    [InlineData("fake_official", "message", "サポートに問い合わせたら、直接決済に切り替えてOKと言われました。PayPayでお願いします。")]
    [InlineData("fake_official", "message", "事務局の規定で秘密保持契約が必要です。こちらの署名リンクから氏名と生年月日を入力してください。")]
    [InlineData("fake_official", "message", "【当選のお知らせ】あなたのアカウントが感謝キャンペーンの対象に選ばれました。特典はこちらのフォームからお受け取りください。")]
    [InlineData("fake_official", "message", "運営チームの佐藤と申します。規約違反の疑いがあるため、確認シートにご記入ください。アカウントが一時制限される可能性がございます。")]
    [InlineData("fake_official", "profile", "j・i・m・u・k・y・o・k・u認定の在宅ワークをご紹介。まずは外部の適性診断へ。")]
    [InlineData("fake_official", "message", "事‐務‐局から承認をもらっているので、LINEでやり取りしましょう。")]
    // Support through a tool, the written steps set aside for it, a screen-sharing app used to get in.
    [InlineData("remote_desktop", "profile", "ＰＣの設定、AnyDeskで遠隔サポートいたします。")]
    [InlineData("remote_desktop", "worker", "手順書をお送りすることも可能ですが、TeamViewerで御社のPCに接続して設定した方が確実です。")]
    [InlineData("remote_desktop", "message", "私のMacに画面共有アプリで入って、設定を見てもらえますか。")]
    public void Evaluate_Violation_Reports(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);
}
