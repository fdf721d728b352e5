using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-seven (2026-12-04), other_illegal, fake_official and remote_desktop, from four new tuning corpora (creative commissions,
/// back-office and IT work, conversations mid-deal, seasonal work and side income): voters canvassed for pay door to door, by phone or as
/// an "ordinary voter" online, donations collected for an unnamed body with the collector's cut, takings left out of the books and a
/// dependant claimed who is not one, a paid stream or a broadcast recorded and reused, a work translated or sold behind its rights holder's
/// back, a brand's logo reproduced on goods for sale, the reader's bank account put down for someone else's takings, a login kept after
/// leaving a job and used, the thesis itself asked for with its deadline, an exam answered from afar on the candidate's PC, a receipt made
/// "to look right", tickets sold on at a premium, a commercial track built into a product with the licence admitted missing, a receipt
/// inflated "for taxes"; fake_official: the office's committee as a bracketed heading, its "instruction" to use an outside form, its OK
/// for an early rating or for numbers before the disclosure request is decided, its word relayed "と連絡があった", the platform's
/// automatic notice imitated; remote_desktop: Windows's own remote tool with its name split. And their look-alikes: a campaign poster
/// designed, a turnout poster, a registered charity's fixed-pay appeal, a side job's tax filing explained, a filing explained, one's own
/// show edited, a film reviewed, a translation held back until it is licensed, one's own logo, pay sent to the reader's account, a
/// leftover account to be deleted, statistics tutoring for a thesis, an exam proctored remotely, a refused-work list, claims rewritten
/// lawfully, a free track used, the official resale, taxes as an article's topic; the office's notice warned about, its real rule on
/// ratings, its receipt of a disclosure request, its approval followed by a chat invitation, an automatic order reply, an automatic mail
/// written as the work, an office that runs no such test; a guide to the remote tool. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentySevenIllegalTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("message", "区議会議員選挙の期間中、有権者のお宅を一軒ずつ回って『〇〇さんに一票を』とお願いしてください。日当1万円。")]
    [InlineData("job", "選挙期間中、普通の有権者のふりをしてSNSに候補者を応援する投稿をしてください。1投稿300円。")]
    [InlineData("message", "歳末の街頭募金のお仕事です。集めたお金の4割があなたの取り分です。団体名は当日お知らせします。")]
    [InlineData("message", "確定申告用に、現金売上を帳簿に載せない形で決算書を作ってください。")]
    [InlineData("message", "年末調整で、同居していない親を扶養していることにして申告書を書いてもらえますか。")]
    [InlineData("message", "放送中のアニメを録画したデータがあるので、それに英語字幕を付けて動画サイトに公開したいです。")]
    [InlineData("message", "海外で人気の小説を、作者に無断で日本語に翻訳して電子書籍で販売したいです。")]
    [InlineData("profile", "人気ブランドのロゴをそのまま再現したTシャツを作って、フリマで売っています。")]
    [InlineData("message", "あなた名義の銀行口座を、私の販売サイトの売上の受け取り口座として登録させてもらえませんか。月1万円払います。")]
    [InlineData("message", "辞めた会社の会計システムにまだログインできるので、取引先の一覧を抜き出してもらえますか。")]
    [InlineData("message", "オンライン試験の時間中、TeamViewerで私のパソコンに入って解答を入力してもらえますか。")]
    [InlineData("message", "なくした領収書の代わりに、店名入りの領収書をそれらしく作ってもらえますか。経費精算に使います。")]
    [InlineData("message", "当選したライブのチケットを、フリマアプリに高値で出品する手伝いをお願いします。")]
    [InlineData("message", "有名アーティストの市販曲をBGMにそのまま使ってください。許諾は取っていませんが、アプリに組み込んで配信します。")]
    [InlineData("message", "交通費の領収書、金額を多めにして作ってください。節税対策で必要なんです。")]
    public void Evaluate_Violation_BlocksOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.OtherIllegal);
        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("job", "区議会議員選挙に立候補する方の選挙ポスターをデザインしてください。報酬3万円。")]
    [InlineData("message", "選挙管理委員会の依頼で、有権者の方に投票を呼びかける啓発ポスターを作ります。報酬5万円。")]
    [InlineData("job", "選挙前の政党支持率の調査のため、有権者の方に電話がけを行います。時給1,200円。")]
    [InlineData("job", "新築マンションのチラシを一軒ずつポスティングしてください。候補日は来週、1枚5円です。")]
    [InlineData("message", "チャリティーイベントの受付です。集まった寄付金は全額、子ども食堂に届けます。日当8,000円。")]
    [InlineData("message", "副業が勤務先に知られないよう、確定申告で住民税を自分で納める方法の記事を書いてください。")]
    [InlineData("message", "年末調整の申告書の書き方を、扶養控除の欄を中心に解説してください。")]
    [InlineData("message", "当社が主催した有料配信ライブの録画を編集して、ダイジェストを作ってください。")]
    [InlineData("message", "公開中の映画の感想ブログを書いてください。録画したものではなく、劇場で観た感想でお願いします。")]
    [InlineData("message", "出版社に無断で翻訳を公開することはできません。まず版元に許諾を申請します。")]
    [InlineData("message", "自社ブランドのロゴをそのまま再現した刺繍ワッペンを作ってください。イベントで販売します。")]
    [InlineData("message", "報酬はあなたの口座にお振込みします。口座番号はマイページに登録してください。")]
    [InlineData("message", "前職の会社のアカウントがまだ残っているようなので、削除してもらう依頼文を作ってください。")]
    [InlineData("message", "オンライン試験の監督者として、受験者の画面をリモートで確認する業務です。")]
    [InlineData("profile", "翻訳者です。お受けできないもの：卒業論文の代筆、学校の宿題の代行、名義貸し。")]
    [InlineData("message", "化粧品の広告文に、薬機法上の問題になりそうな表現（「シミが消える」など）があります。適法な表現に書き換えてください。")]
    [InlineData("message", "ライブのチケットは公式リセールで定価で出品してください。高値での転売は禁止です。")]
    [InlineData("message", "BGMは許諾済みのフリー音源を使ってください。市販曲は使いません。")]
    [InlineData("job", "税金対策の基本を解説する記事を書いてください。領収書の保管方法も含めて。")]
    public void Evaluate_LookAlike_ReportsNoOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.OtherIllegal);
    }

    [Fact]
    public void Evaluate_ThesisNamedAsTheJobWithItsDeadline_BlocksOtherIllegal()
    {
        var findings = _check.Evaluate(
            Changes.Job("社会学部の卒論です。約1万5千字、1月提出。参考文献リストもお願いします。", title: "卒業論文の執筆"), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal && f.Decision == Decision.Block);
    }

    [Fact]
    public void Evaluate_TutoringForAThesis_ReportsNoOtherIllegal()
    {
        var findings = _check.Evaluate(
            Changes.Job("卒業論文の執筆に向けて、SPSSの使い方を教えてください。12月提出です。", title: "卒業論文の執筆に使う統計の家庭教師"),
            CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.OtherIllegal);
    }

    [Theory]
    [InlineData("message", "【審査委員会】あなたのアカウントに不正利用の疑いがあります。24時間以内に下記フォームから本人確認を行ってください。")]
    [InlineData("worker", "運営から『新規取引は外部の確認フォームで事前登録すること』と指導を受けていますので、こちらのフォームにご記入ください。")]
    [InlineData("worker", "運営さんから特別にOKをもらったので、検収前に評価をつけていただけると助かります。")]
    [InlineData("message", "※本メッセージはシステムより自動送信されています。本人確認のため、外部の確認ページから生年月日と住所をご登録ください。")]
    [InlineData("message", "事務局から、この仕事は事前のスキル診断が必要だと連絡があったので、下のフォームから受けてください。")]
    public void Evaluate_FakeOfficial_BlocksFakeOfficial(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.FakeOfficial);
        Assert.Contains(findings, f => f.Category == Categories.FakeOfficial && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("message", "【審査委員会】からのお知らせはサイト内の通知で届くので、外部フォームには入力しないでください。")]
    [InlineData("message", "運営から、外部フォームへの誘導に注意するよう指導がありました。やり取りはこのメッセージでお願いします。")]
    [InlineData("worker", "事務局のルールでは、評価は検収のあとです。検収前に評価を先につけることはできません。")]
    [InlineData("message", "このメッセージは自動送信です。ご注文ありがとうございました。発送までお待ちください。")]
    [InlineData("job", "「このメッセージは自動送信されています」で始まる予約確認メールの文面を作ってください。フォームのURLも入れます。")]
    [InlineData("message", "事務局から、外部フォームでのスキル診断は実施していないと連絡があったので、そのURLは開かないでください。")]
    public void Evaluate_FakeOfficialLookAlike_ReportsNoFakeOfficial(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.FakeOfficial);
    }

    [Fact]
    public void Evaluate_NumberSentOnTheOfficesClaimedPermission_BlocksFakeOfficial()
    {
        var findings = _check.Evaluate(
            Changes.Message("事務局の方から特別に許可をもらったので、先に番号をお伝えしておきますね。", DealStage.EscrowFunded, DisclosureStatus.Requested),
            CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.FakeOfficial && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData(DisclosureStatus.Requested, "事務局から「連絡先の公開申請を受け付けました」と通知が来ました。承認されたら番号をお伝えしますね。")]
    [InlineData(DisclosureStatus.Approved, "事務局から公開申請の承認通知が来たので、今後はChatworkでもやり取りできます。招待を送りますね。")]
    public void Evaluate_OfficesRealNoticeAboutDisclosure_ReportsNoFakeOfficial(DisclosureStatus disclosure, string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, DealStage.EscrowFunded, disclosure), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.FakeOfficial);
    }

    [Fact]
    public void Evaluate_QuickAssistNameSplit_AdvisesRemoteDesktop()
    {
        var findings = _check.Evaluate(
            Changes.OfKind("worker", "Windowsの「クイック・アシスト」を開いて、画面に出る番号を教えてください。こちらから操作して設定します。"),
            CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.RemoteDesktop);
        Assert.Contains(findings, f => f.Category == Categories.RemoteDesktop && f.Decision == Decision.Advise);
    }

    [Fact]
    public void Evaluate_QuickAssistGuide_ReportsNoRemoteDesktop()
    {
        var findings = _check.Evaluate(Changes.OfKind("message", "クイック・アシストの使い方を解説するマニュアルを作ってください。"), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.RemoteDesktop);
    }

    [Theory]
    [InlineData("こちらのパソコンにリモートで接続して、プリンターの設定を直していただけますか。")]
    [InlineData("お手元の端末に遠隔で接続して、こちらで初期設定まで済ませますね。")]
    public void Evaluate_ConnectionFromAfarIntoAMachine_AdvisesRemoteDesktop(string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, DealStage.EscrowFunded, DisclosureStatus.None), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.RemoteDesktop && f.Decision == Decision.Advise);
    }

    [Theory]
    [InlineData("テスト中のサーバーにリモートで接続して、エラーログを確認していただけますか。")]
    [InlineData("検証環境に遠隔で接続して、デプロイ後の動作を見ていただけると助かります。")]
    public void Evaluate_ConnectionFromAfarIntoAServer_ReportsNoRemoteDesktop(string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, DealStage.EscrowFunded, DisclosureStatus.None), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.RemoteDesktop);
    }
}
