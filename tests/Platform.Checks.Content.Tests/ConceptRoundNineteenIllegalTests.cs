using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round nineteen (2026-12-03), other_illegal, fake_official and remote_desktop, from three new tuning corpora: a thesis or
/// a report written for a student and handed in under their name far from where the school is named, graded tests of a
/// course taken in the learner's place, answers passed over chat from another room; work taken and accounts made in someone
/// else's name, a shop's legal operator named for someone who stays hidden, a licence holder's name and number borrowed;
/// the candidate's own aptitude test offered as a service; tickets bought to be resold, said in their own sentence; medicines split for sale or passed off as supplements; the law
/// on health claims waved away; a drone flown without its permit; tailing without the detective's notification; investments
/// sold without the registration; a verified account lent, the takings moved on; a look-alike form that collects secrets;
/// a treatment or a patient's voice made up; a bad review's complaint dictated loosely; identity-checked payment accounts
/// bought; the commercial plate said not to be needed for a paid ride; what to tell the police if they ask. For fake_official: the platform's brand joined to
/// "運営" or "サポート" asking for identity papers, the office said to have vouched for someone or allowed something (also
/// by hearsay), an account lent on its say-so.
/// For remote_desktop: a tool's name misspelt, a request that ends in "…ませんか", the reader spared the work.
/// And their look-alikes: one's own draft proofread, a business document written for the asker, a pen name, the operator's
/// own name, resale prevented, a pill organiser, goods the health-claims law does not cover, a permit held, an article on
/// checking a registration, a phishing drill, a reply to a bad review, a trading program, a licensee hired to work, a
/// licensed taxi, software testing or an exam's application done for someone, the truth told to the police or a story's
/// scene, the writer's own business keying in its customers' data, the office's claim quoted back and declined,
/// remote access said not to be offered, steps shown over a screen share. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundNineteenIllegalTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("message", "卒論を自分で書き上げました。私の名前で提出する前に、誤字脱字のチェックと校正をお願いします。ゼミの先生に出します。")]
    [InlineData("message", "取引先向けの提案書を書いていただけますか。先方には私の名前で提出します。")]
    [InlineData("job", "特定商取引法の表記ページを作成してください。販売業者として当社名と所在地を記載します。")]
    [InlineData("job", "チケット販売サイトに転売防止の仕組みを入れてください。転売用の大量購入を検知したいです。")]
    [InlineData("job", "見守りサポート | 高齢の母のお薬を一週間分ずつ小分けにして、お薬カレンダーに入れてください。")]
    [InlineData("job", "雑貨なので薬機法は気にしなくて大丈夫です。使い心地の良さを中心に書いてください。")]
    [InlineData("job", "薬機法は気にせず、SEO効果の高い記事を書いてください。テーマはインテリアです。")]
    [InlineData("job", "夜景の空撮 | 飛行許可は取得済みです。夜景のドローン空撮をお願いします。")]
    [InlineData("job", "公園の空撮 | 100g未満の機体なので飛行許可は要りません。公園の空撮をお願いします。")]
    [InlineData("job", "探偵事務所のホームページ制作です。探偵業の届出をしている事務所で、届出番号も掲載します。")]
    [InlineData("job", "投資話を持ちかけられたら、金融商品取引業の登録があるか確認しましょう、という記事を書いてください。")]
    [InlineData("job", "社員向けのフィッシング訓練で、ログイン画面に似せたページを作ってください。パスワードは保存しません。")]
    [InlineData("job", "星1の口コミへの返信文を作ってください。「店員が無愛想だった」とかそういう内容です。")]
    [InlineData("job", "宅建士として登録していただき、週5日店舗で勤務していただきます。")]
    [InlineData("job", "空港送迎 | 緑ナンバーの車両で空港送迎をお願いします。二種免許をお持ちの方。運賃は会社が受け取ります。")]
    [InlineData("job", "学習塾の運営会社です。生徒さんの申込書（口座番号含む）を専用フォームに入力する作業です。")]
    [InlineData("worker", "「運営公認の診断」というご案内でしたが、運営がそういう診断をすることはないはずなので、今回はお断りします。")]
    [InlineData("worker", "AnyDeskのようなツールで御社の端末に入るやり方はご用意していません。")]
    [InlineData("profile", "パソコンのお困りごと相談です。ご自宅のパソコンを遠隔で直す対応はしておりません。")]
    [InlineData("worker", "画面共有で操作方法を順番にご案内します。お客様のPCには触れません。")]
    [InlineData("profile", "アプリのユーザーテスト代行を承ります。試験項目の作成からテスト代行まで対応します。")]
    [InlineData("job", "受験の申込手続きを代行してください。留学生向けの日本語能力試験です。")]
    [InlineData("job", "警備スタッフの研修資料です。警察に聞かれたら正直に答えてください。")]
    [InlineData("job", "ドラマの脚本の一場面です。警察に聞かれたら「知らない」と答える主人公のセリフを考えてください。")]
    public void Evaluate_NotAViolation_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    // Look-alikes that another category may still report, not this one.
    [Theory]
    [InlineData("other_illegal", "job", "表紙デザイン | 作詞は別名義でもやっています。ペンネームで書いた小説の表紙を作ってください。")]
    [InlineData("other_illegal", "job", "サプリの商品ページです。医薬品ではないので、「医薬品」とは書かないでください。")]
    [InlineData("other_illegal", "job", "ボットの設定 | 株の口座で自動売買のボットを動かしたいので、設定を確認してください。報酬5,000円。")]
    [InlineData("other_illegal", "job", "脱毛サロンの体験記 | サロンに通ったかのような体験記を書いてください。")]
    public void Evaluate_LookAlike_DoesNotReport(string category, string kind, string text) =>
        Assert.DoesNotContain(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Category == category);

    [Theory]
    // Coursework written for the student and handed in under their name, far from where the school is named.
    [InlineData("other_illegal", "message", "大学院のゼミで出す論文の件です。データはそろっています。第2章以降を一から書いていただきたいです。参考文献は20本ほどあります。締め切りは来月末です。図表も含めてお願いできればと思います。文字数は2万字程度を想定しています。提出は自分の名前で行います。")]
    [InlineData("other_illegal", "job", "講義レポートの作成 | 息子は大学2年です。講義の期末レポートを3本、書いてもらえますか。息子の名前で提出します。")]
    [InlineData("other_illegal", "message", "大学のゼミのレポートです。構成から本文まで書いていただけますか。参考資料はお送りします。字数は5000字。締め切りは来週です。先生には自分で書いたことにして出します。")]
    [InlineData("other_illegal", "profile", "SPIのWebテスト、代行します。高得点保証。")]
    // A course's graded test taken for the learner, answers passed over chat during an exam.
    [InlineData("other_illegal", "message", "娘の通信教育の単元テスト、代わりに解いてもらえますか。")]
    [InlineData("other_illegal", "message", "オンライン試験を受けます。試験の日は別室で待機して、答えをチャットで流してほしいです。")]
    // Work and accounts in someone else's name, a shop's operator named for a hidden owner, a licence's number borrowed.
    [InlineData("other_illegal", "worker", "そちらの名義で私が請けて、納品も私がします。手数料は1割お渡しします。")]
    [InlineData("other_illegal", "message", "前のショップが止められたので、別名義でもう一つ作ってくれませんか。")]
    [InlineData("other_illegal", "message", "ネットショップの表記に販売業者としてあなたのお名前を出させてください。中身は全部こちらで回します。")]
    [InlineData("other_illegal", "message", "特商法の表記にあなたの住所と名前を使わせてください。実際の運営は私です。")]
    [InlineData("other_illegal", "message", "あなたの名前でアカウントを登録して、私が使います。月1万円お支払いします。")]
    [InlineData("other_illegal", "job", "不動産会社の開業 | 管理者欄にあなたの氏名と登録番号を載せるだけで月2万円お支払いします。宅建士の方。")]
    [InlineData("other_illegal", "job", "フリマアカウント | 本人確認が済んだフリマのアカウントを貸してください。売れたお金はこちらの口座に移してください。")]
    [InlineData("other_illegal", "job", "アカウント募集 | 認証まで済んだ送金アプリのアカウントを、まとめて譲ってくれる方を探しています。")]
    // Tickets resold, medicines repackaged, health claims with the law waved away.
    [InlineData("other_illegal", "job", "公演チケット | 人気公演の先行に申し込んでください。取れた分はうちで転売します。")]
    [InlineData("other_illegal", "message", "外国製の医薬品を10錠ずつ小分けにして販売したいです。袋には健康食品として表示します。")]
    [InlineData("other_illegal", "message", "美容ドリンクのLP、景表法はスルーで、シミが消えると言い切ってください。")]
    // A drone's permit skipped, tailing without notification, an investment without registration.
    [InlineData("other_illegal", "job", "夜景の空撮 | 夜の市街地の撮影ですが、飛行の許可は取らずにやりましょう。ドローンはお持ちのものを。")]
    [InlineData("other_illegal", "job", "ドローン | ドローンで花火大会を上空から撮ってください。許可申請はしません。")]
    [InlineData("other_illegal", "job", "浮気調査 | 夫の行動を調べてほしいです。探偵業の届け出がない方でもかまいません。")]
    [InlineData("other_illegal", "job", "配送 | 荷物を運んでください。もし警察に止められたら「知り合いの手伝い」と言ってください。")]
    [InlineData("other_illegal", "message", "本社がシンガポールにあるので、国内の金融商品取引業の登録はしていません。毎月4%の配当で運用します。")]
    // A look-alike form for secrets, a treatment made up, a complaint dictated, a paid ride in one's own car.
    [InlineData("other_illegal", "job", "申込ページ | 銀行の画面に似せた申込ページで、カード番号を入れてもらう仕組みを作ってください。")]
    [InlineData("other_illegal", "job", "口コミ | クリニックの口コミ用に、本当に治療を受けたかのようなレビューを書いてください。")]
    [InlineData("other_illegal", "job", "口コミ | 近所のカフェに星1をつけてください。「店員が無愛想だった」とかそういう感じでいいので。")]
    [InlineData("other_illegal", "job", "送迎 | 自分の車で空港まで送迎してください。二種免許や緑ナンバーはなくてOKです。運賃はお客様からいただきます。")]
    // The platform's brand signing for papers, the office's vouching, an account lent on its say-so.
    [InlineData("fake_official", "message", "ココナラ運営より：出金先を確かめるため、下記のフォームに口座番号をご入力ください。")]
    [InlineData("fake_official", "message", "ココナラサポートです。本人確認のため、免許証の画像をこちらに添付してください。")]
    [InlineData("fake_official", "message", "運営の方から、こちらは審査を通った認証済みの依頼主だと連絡をいただいています。作業前に外部のフォームでスキルチェックをお願いします。")]
    [InlineData("fake_official", "message", "事務局の許可は取ってあるので、振込用の口座をお借りしたいです。")]
    [InlineData("fake_official", "message", "運営さんから、外部のフォームで先に登録してもらってOKと聞いています。")]
    // A misspelt tool, a request put as "…ませんか", the reader spared the work.
    [InlineData("remote_desktop", "worker", "チームビュアで入って直しますね。")]
    [InlineData("remote_desktop", "worker", "〇〇さんのパソコン、リモートで一度触らせてもらえませんか。")]
    [InlineData("remote_desktop", "worker", "AnyDeskでこちらから接続して進めますので、お客様側での作業は不要です。")]
    public void Evaluate_Violation_Reports(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);
}
