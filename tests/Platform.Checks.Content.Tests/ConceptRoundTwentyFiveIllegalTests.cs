using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-five (2026-12-04), other_illegal, fake_official and remote_desktop, from six new tuning corpora (creators and
/// streamers, polite and dialect writers, casual net style, B2B IT, translation, local household services): the reader's name
/// lent for an account the asker lost to a ban or for takings passed back, pay moved to an acquaintance's account, haircuts by
/// someone who is no hairdresser, tax work with the licensed profession waived ("士さんじゃなくても"), a detective's filing
/// admitted missing, prescription-only medicines resold, a birth year moved on a translated paper, identity images supplied for
/// bulk accounts, graded brand copies, someone else's work traced, music used with its clearance skipped, a film recorded in the
/// cinema, a famous model's data reworked and sold, a performer's voice cloned with the permission denied, licence limits patched
/// out, a former employer's data, accounts entered without the owner's consent, look-alike login pages, contact lists of unknown
/// origin, money passed through the reader's account, a home that is not the asker's unlocked, a neighbour photographed unawares,
/// a vaccine given by the pet sitter, a proxy sent where the photo check is lax, answers made on the day; the office's rule,
/// guideline or relayed word used for a deposit, free tests, direct pay, an outside upload or remote access, and the same in
/// English; remote-support features and tool names split by a dot or a space. And their look-alikes: papers in one's own name,
/// a salon's receptionist, video "cut" editing, guides for laypeople, filed detectives, fakes compared in an article, one's own
/// drawing traced, a self-made soundtrack, the cinema's building photographed, a clone refused, secrets kept, one's own login
/// page, one's own home, a surprise film, a vet's vaccine, gift codes paid by the writer; a warning about a fake office message,
/// the office's real rules, a tool guide, a comparison table, a security policy, a visit chosen over remote access. All texts
/// are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyFiveIllegalTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("message", "前のアカウントがBANされたので、きみの名義でもう一つ作ってもらえませんか。出品は私がやります。")]
    [InlineData("message", "配信の投げ銭、未成年だと受け取れないので佐藤さんの名義で登録して、収益はこちらに回してください。")]
    [InlineData("message", "事情があって自分の名義で受け取れないため、知り合いのアカウントで契約し直していただけませんか。")]
    [InlineData("profile", "訪問カット承ります。美容師の資格はありませんが、散髪歴は長いです。1回2,000円。")]
    [InlineData("message", "確定申告の書類、作成から提出までお願いできますか？税理士さんじゃなくても構いません。")]
    [InlineData("job", "配偶者の尾行と写真撮影をお願いします。探偵業の届け出をしていない方でも大丈夫です。")]
    [InlineData("job", "日本では処方箋が必要な海外の痩せ薬を個人輸入して、フリマで売っていただける方を募集します。")]
    [InlineData("message", "住民票の翻訳と一緒に、生年をずらした版も作ってもらえますか？")]
    [InlineData("job", "マッチングアプリにスタッフ用アカウントを15件作成してください。身分証の画像は当方で用意します。")]
    [InlineData("profile", "ハイブランド財布の高品質なコピー、ロゴ入りのデザインデータを作成します。")]
    [InlineData("job", "他のクリエイターさんのキャラデザをトレースして、配色だけ変えたものを納品してください。")]
    [InlineData("message", "販売用の動画に人気バンドの曲をそのまま使います。許諾申請はせずに進めますね。")]
    [InlineData("message", "映画館で撮影した新作の映像があるので、それでレビュー動画を作ってください。")]
    [InlineData("profile", "人気VTuberの公式モデルを改変して販売しています。元データ入手済み。")]
    [InlineData("message", "人気声優の声をAIで学習させてゲームのボイスにしたいです。ご本人の許可は取っていません。")]
    [InlineData("job", "購入済みの会計ソフトのインストール台数の制限を外すパッチを作成してください。")]
    [InlineData("proposal", "正規版は高いので、ライセンス認証を外した版を導入しておきます。")]
    [InlineData("message", "以前の勤務先の顧客リストをお持ちと聞きました。営業に使いたいので共有していただけますか。")]
    [InlineData("job", "退職者のクラウドのアカウントに、本人の許可なくログインしてファイルを取り出してください。")]
    [InlineData("job", "大手銀行のログインページに似せたサイトを作り、入力された内容をこちらのサーバーに送る仕組みをお願いします。")]
    [InlineData("job", "士業の方の連絡先リスト（氏名・携帯番号）を買い取ります。入手元は問いません。")]
    [InlineData("job", "現金を受け取ったら、あなたの口座から指定の口座へ送金するだけのお仕事です。")]
    [InlineData("message", "報酬、あなたの口座でいったん受け取って、こちらに送り直してもらえますか。")]
    [InlineData("message", "別れた相手の部屋に私物が残っているので、鍵を開けて入れるようにしてください。本人には連絡がつきません。")]
    [InlineData("message", "向かいの家の女性を、気づかれないように望遠で撮っておいてください。")]
    [InlineData("message", "うちの犬のワクチン、シッターさんのほうで打っていただけますか。注射器は冷蔵庫にあります。")]
    [InlineData("message", "資格試験の受験、代わりにお願いできませんか。本人確認が緩い会場です。")]
    [InlineData("message", "明日のオンラインの期末試験、答えを代わりに作っておいてもらえますか。")]
    [InlineData("message", "学期末のレポート、代わりに書いていただけませんか。")]
    public void Evaluate_Violation_BlocksOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.OtherIllegal);
        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("message", "領収書はあなたの名義で発行してください。いつも丁寧な対応、お礼します。")]
    [InlineData("job", "アカウントが凍結されたときの異議申し立ての手順を記事にしてください。")]
    [InlineData("job", "美容室の受付スタッフ募集。美容師免許は不要です。カットは担当しません。")]
    [InlineData("job", "出張カットの美容師さん募集。美容師免許をお持ちの方に限ります。1回3,000円。")]
    [InlineData("profile", "動画のカット編集なら、資格はありませんが経験豊富です。")]
    [InlineData("job", "税理士じゃなくても分かる確定申告の基本を解説する記事を書いてください。")]
    [InlineData("job", "探偵業の届出をしている当事務所のホームページ改修をお願いします。")]
    [InlineData("message", "パスポートの翻訳では、生まれた年を西暦で表記してください。")]
    [InlineData("message", "偽物と本物の比較記事、とても分かりやすかったです。")]
    [InlineData("message", "ご自分で描いた下絵をトレースして、線画を清書してください。")]
    [InlineData("message", "BGMは自作曲なので権利処理は不要です。販売用の動画に仕上げてください。")]
    [InlineData("message", "映画館で撮った外観の写真を、ブログのアイキャッチにしてください。")]
    [InlineData("message", "声優さんの声をAIで学習させるのはやめてください。ご本人の許可を取っていないので。")]
    [InlineData("message", "前職の会社のソースコードは守秘義務があるので持ち出せません。")]
    [InlineData("job", "自社サービスのログイン画面を作り、入力された情報をデータベースに保存してください。")]
    [InlineData("message", "報酬はご自身の口座で受け取っていただけます。振込手数料は当方負担です。")]
    [InlineData("message", "自宅の鍵をなくしたので、開けていただけますか。身分証はお見せします。")]
    [InlineData("job", "新郎に気づかれないように、式の準備の様子を撮影してください（サプライズムービー）。")]
    [InlineData("message", "猫のワクチンは動物病院で打ってもらうので、その日の送迎をお願いします。")]
    [InlineData("message", "試験会場の本人確認が厳格になったと聞きました。当日は身分証を忘れずに。")]
    [InlineData("message", "金額の件、今回は仮払いを使わずギフト券のコードをお送りする形でもよいですか。")]
    public void Evaluate_LookAlike_ReportsNoOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.OtherIllegal);
    }

    [Theory]
    [InlineData("message", "運営事務局の特別な許可がありますので、この案件は直接のやりとりでお支払いいただけます。")]
    [InlineData("message", "サポートセンターから、本案件は着手前に当方へデポジット（3,000円）をお振込みいただく決まりになったと連絡がありました。")]
    [InlineData("message", "納品前に事務局の検品を受ける決まりです。外部のアップロードフォームにデータ一式を上げてください。")]
    [InlineData("message", "事務局のガイドラインで、新規の方には無償のテストライティングを1本お願いしています。")]
    [InlineData("worker", "ランサーズ運営より特別に許可をいただき、報酬は当方指定のペイペイで受け取れます。")]
    [InlineData(
        "message",
        "Hello, this is the Trust and Safety team of the platform. You have been selected for a verification program. "
            + "Please fill in the external form within 24 hours.")]
    [InlineData("message", "【運営からのお知らせ】受注を続けるには研修の受講が必要になりました。受講ページ：worker-training(.)com")]
    [InlineData("profile", "【事務局スタッフ兼務】本人確認を代行しています。マイナンバーカードの写真をお送りいただければ審査します。")]
    [InlineData("message", "事務局の指示で、セキュリティ確認のため遠隔操作ソフトを入れていただきます。接続IDを教えてください。")]
    [InlineData("profile", "当プラットフォーム審査部門の担当者です。本人確認を外部フォームで実施しています。未提出の方はアカウントが停止されます。")]
    public void Evaluate_FakeOfficial_BlocksFakeOfficial(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.FakeOfficial);
        Assert.Contains(findings, f => f.Category == Categories.FakeOfficial && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("message", "事務局のガイドラインで、無償のテストは禁止されていると知りました。有償でお願いします。")]
    [InlineData("message", "運営の規約上、外部でのやり取りはできないので、このメッセージでお願いします。")]
    [InlineData("message", "事務局から「外部フォームで適性テスト」みたいなメッセが来ましたが、踏まずに通報しときました。")]
    [InlineData("message", "事務局の決まりで、連絡先の交換は公開申請の承認後になります。")]
    [InlineData("message", "サポートセンターから、仮払いの確認が取れたと連絡がありました。作業を始めます。")]
    [InlineData("message", "We are a small team. Please send the files on this platform only.")]
    public void Evaluate_FakeOfficialLookAlike_ReportsNoFakeOfficial(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.FakeOfficial);
    }

    [Theory]
    [InlineData("worker", "チーム ビューワーを入れてもらえれば、こちらから接続して直します。")]
    [InlineData("worker", "ブラウザの遠隔サポート機能で、そちらの画面を操作させてもらえますか。")]
    [InlineData("worker", "遠隔でそちらの画面に入って設定しますね。")]
    [InlineData("worker", "Chrome リモート デスクトップのアクセスコードを発行してもらえれば、私が設定します。")]
    [InlineData("worker", "チーム・ビューワーを起動して、表示される番号とパスワードを送ってください。")]
    public void Evaluate_RemoteControlRequest_AdvisesRemoteDesktop(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.RemoteDesktop);
        Assert.Contains(findings, f => f.Category == Categories.RemoteDesktop && f.Decision == Decision.Advise);
    }

    [Theory]
    [InlineData("job", "TeamViewerの入れ方と、知らない人に操作させない注意点をまとめた手引きを作ってください。")]
    [InlineData("job", "AnyDeskとTeamViewerの機能の有無を比較表にまとめてください。")]
    [InlineData("message", "RDPはVPN経由でのみ許可する設定にしてください。")]
    [InlineData("worker", "遠隔操作ソフトでつなぐ方法もありますが、今回は訪問で対応します。")]
    [InlineData("message", "遠隔で操作される側の注意点も入れていただき、助かりました。")]
    public void Evaluate_RemoteLookAlike_ReportsNoRemoteDesktop(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.RemoteDesktop);
    }

    [Fact]
    public void Evaluate_ToolGuideInTitle_ReportsNoRemoteDesktop()
    {
        var findings = _check.Evaluate(
            Changes.Job("生徒向けに、ソフトの入れ方と見知らぬ人に画面を触らせない理由を図でまとめてください。", "遠隔サポートソフトの操作手引き作成"),
            CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.RemoteDesktop);
    }

    [Fact]
    public void Evaluate_KnowHowMissingBeforeTool_AdvisesRemoteDesktop()
    {
        var findings = _check.Evaluate(
            Changes.Job("導入方法が分からないので、AnyDeskで父のノートパソコンに接続して、代わりにソフトを入れていただけますか。"),
            CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.RemoteDesktop && f.Decision == Decision.Advise);
    }
}
