using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round twenty-five (contact): an address put together in words (a handle or the writer's name joined to a provider or a
/// domain), a mobile prefix spelled alone with the rest in pieces, apps not yet known (カトク, QQ with its 号码, LinkedIn, Notion),
/// an official account's handle the reader is to write to, an app's ID asked for on its own, DMs where a job post's talk or
/// selection is held, a link to apply through or a page the talk moves to, a person's アドレス, the writer's own homepage carrying
/// the details, and payment around the platform: a call asked for to save the fee, the account of an earlier deal, a deposit or
/// screening fee, another way preferred to the platform's payment, orders moved to the writer's own ordering system. And what must
/// not be found: refusals said casually or as a policy, details not given, someone else's message reported, others' wishes set
/// aside, a request recalled and answered otherwise, a line quoted from the source text or a script, a shop's details for the
/// piece, "no problem" agreements, te-form "…てから応募", ordering systems as the work. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyFiveContactTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("worker", "アドレスは sato.mika のうしろにヤフーの co.jp を付けたものです。")]
    [InlineData("worker", "メールは k.tanaka と abc-lab.jp を「アット」でつないだものになります。")]
    [InlineData("worker", "メールアドレスは、ここでの私のユーザー名の後ろにジーメールを付けたものです。")]
    [InlineData("worker", "メールはやまだたろう（ローマ字）にジーメールドットコムを付けたものです。")]
    [InlineData("worker", "番号の頭はぜろきゅうぜろで、残りは 1234 と 5678 です。お電話お待ちしてます。")]
    [InlineData("job", "詳しくはお電話で。番号の頭は、ぜろはちぜろ。続きの八桁は、にいさんよんご、ろくななはちきゅう、です。")]
    [InlineData("worker", "スカイプなら live: の後に tanaka.design を付けて検索してください。")]
    [InlineData("worker", "ご回答後、LINE公式アカウント @abc-select に受付番号を送ってください。")]
    [InlineData("profile", "ご依頼はカトクでどうぞ（ID：minji_0815）")]
    [InlineData("job", "質問はQQ（号码：9876543210）までお願いします。")]
    public void Evaluate_DetailGivenInPiecesOrOnNewApps_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("worker", "今後のやり取りはNotionのページでしましょう。")]
    [InlineData("client", "「LINEを交換して」と言われました。IDを教えていただけますか？")]
    [InlineData("job", "撮影スタッフ募集です。選考はインスタのDMで行います。")]
    [InlineData("job", "ロゴ作成のご相談は、インスタのDMで話しましょう！")]
    [InlineData("worker", "LINEとカカオトーク、どちらか使っていらっしゃいますか？")]
    [InlineData("proposal", "ご興味があれば、ラインで資料をお送りしています。")]
    [InlineData("worker", "詳しくはここだと書けないので、テレグラムで。")]
    [InlineData("worker", "ここでやり取りするより、github.com/abc/def/issues で議論しましょう。")]
    [InlineData("profile", "案件の詳細は弊社HP www.ses-abc.jp/recruit からエントリーしてください。")]
    [InlineData("job", "弊社サイト https://www.shop-abc.jp/entry からご応募ください。")]
    [InlineData("profile", "実績：https://suzuki-web.com（お仕事のご依頼はサイトのコンタクトから直接どうぞ）")]
    [InlineData("profile", "急ぎの方へ。こちらのメッセージはあまり確認していませんので、HPのフォームからお願いします。")]
    [InlineData("worker", "「田中デザイン室」でグーグル検索すると出てくるページの番号が私の携帯です。")]
    [InlineData("worker", "資料を送りたいので、ご担当の方のアドレスを教えていただけますか？")]
    [InlineData("profile", "作品は私のホームページに載せています。問い合わせ先も書いてあります。")]
    public void Evaluate_TalkMovedElsewhere_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_ContinueByPhoneAfterRevocation_Blocks()
    {
        var change = Changes.Message("公開が取り消されたと通知が来ましたが、続きは電話で決めましょう。",
            DealStage.EscrowFunded, DisclosureStatus.Revoked, PartyRole.Worker);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_LinkedInAfterEscrowWithoutApproval_Holds()
    {
        var change = Changes.Message("せっかくなので、リンクトインでつながりませんか？", DealStage.EscrowFunded, DisclosureStatus.None, PartyRole.Worker);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Hold);
    }

    [Theory]
    [InlineData("次回からはこの番号に直接お電話いただければ、手数料もかかりませんので。", DealStage.EscrowFunded)]
    [InlineData("都度発注すると手数料がかかりますので、今後はお電話いただけますか。", DealStage.Completed)]
    [InlineData("お支払いは前回と同じ口座へお振込みください。", DealStage.PreContract)]
    [InlineData("着手の前に、当方へ保証金として1万円を送金していただく決まりです。", DealStage.Contracted)]
    [InlineData("サイトの決済より銀行振込のほうが経理的に助かります。", DealStage.Contracted)]
    [InlineData("今後のご発注は弊社の受発注システムからお願いします。", DealStage.Completed)]
    [InlineData("今後はココナラの私のページ経由にしてもらえると助かります。", DealStage.Contracted)]
    public void Evaluate_PaymentAroundThePlatform_BlocksAtAnyStage(string text, DealStage stage)
    {
        var findings = _check.Evaluate(Changes.Message(text, stage, DisclosureStatus.Approved, PartyRole.Client), CancellationToken.None);
        Assert.Contains(findings, f => f.Code == "contact.payment_outside" && f.Decision == Decision.Block);
    }

    [Fact]
    public void Evaluate_ScreeningFeeWithClaimedOffice_Blocks()
    {
        var change = Changes.Job("事務局と共同で行うオーディションです。審査料2,000円をお振込みのうえご応募ください。");
        var findings = _check.Evaluate(change, CancellationToken.None);
        Assert.Contains(findings, f => f.Code == "contact.payment_outside" && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("client", "LINEは交換しない方針です。やり取りはこちらでお願いします。")]
    [InlineData("profile", "外部でのご依頼やお支払いは受けてません。")]
    [InlineData("profile", "電話でのやり取りはしてませんので、ご了承ください。")]
    [InlineData("profile", "ご依頼はサイトのメッセージからどうぞ（個人の連絡先はお伝えしていません）。")]
    [InlineData("client", "直接振込とかは言いませんので、ご安心ください。")]
    [InlineData("client", "別の方から「Discordで話しましょう」と来たので、通報しました。")]
    [InlineData("client", "Chatworkでの連絡を希望される方もいらっしゃいますが、この案件はサイト内で進めます。")]
    [InlineData("worker", "「保証金を振り込んで」と言われたのですが、これって詐欺ですよね？")]
    [InlineData("client", "サイトの決済より振込の方がラクという方もいますが、当社は仮払いでお願いしています。")]
    [InlineData("job", "防犯動画の撮影です。詐欺師役が「暗証番号を教えてください」と話しかける場面があります。")]
    [InlineData("proposal", "ポスター制作の提案です。\nお店の電話番号とメールアドレスを載せる場合は、契約後に原稿でいただければ入れます。")]
    [InlineData("worker", "ファイル名の後ろに日付を付けたものを、メールで送ってください。")]
    [InlineData("worker", "ユーザー名の後ろに連番を付けたアカウントを作成してください。gmailのアドレスで。")]
    [InlineData("job", "LinkedInのプロフィール文を英語で作成してください。")]
    [InlineData("job", "Notionで社内Wikiを構築してくれる方を募集します。")]
    [InlineData("job", "LINE公式アカウント @shop_abc の友だち追加数を増やす施策を考えてください。")]
    [InlineData("client", "Zoomの打ち合わせは不要です。会員IDを教えてください、登録します。")]
    [InlineData("job", "インスタのDMで届いた問い合わせへの返信を代行してください。")]
    [InlineData("worker", "ぜろはちぜろ から始まる番号は携帯電話です。")]
    [InlineData("client", "毎回発注すると手数料がかかるので、次からはまとめて発注しますね。")]
    [InlineData("client", "前回の口座とは別の口座が登録されていたので、確認しました。")]
    [InlineData("job", "受発注システムの開発をお願いします。弊社の発注業務をシステム化したいです。")]
    [InlineData("client", "弊社の受発注システムでも管理していますが、御社への発注はこのサイト上で行います。")]
    [InlineData("job", "弊社サイト https://www.shop-abc.jp をご覧になってからご応募ください。")]
    [InlineData("job", "「渋谷 カフェ」でグーグル検索すると上位に出てくる記事を分析してください。")]
    [InlineData("client", "ホームページのアドレスを教えてください、参考に見たいので。")]
    [InlineData("job", "Slackを使っていらっしゃる会社向けの導入マニュアルを作ってください。")]
    [InlineData("job", "御社のホームページに問い合わせ先が書いてありますので、それを記事に入れてください。")]
    [InlineData("job", "Zoom参加方法の説明動画（シニア向け）")]
    [InlineData("client", "こちらのメッセージは確認していませんでした、失礼しました。")]
    [InlineData("worker", "参考：github.com/foo/bar の実装を見て、ここで相談しましょう。")]
    [InlineData("worker", "LINEスタンプの資料をお送りします。")]
    [InlineData("job", "合格ラインは80点です。\nログイン情報は契約後にお送りします。")]
    [InlineData("client", "実際の金額はサイトの仮払いで問題ございません。")]
    public void Evaluate_LookAlike_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Fact]
    public void Evaluate_RequestRecalledAndAnsweredOtherwise_FindsNone()
    {
        var change = Changes.Message("直接振り込んでほしい、とのご相談でしたが、サイトの仮払いでお願いします。",
            DealStage.EscrowFunded, DisclosureStatus.None, PartyRole.Client);
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }

    [Fact]
    public void Evaluate_SourceTextQuotedForTranslation_FindsNone()
    {
        var change = Changes.Message("原文にある「LINEでお問い合わせください」は、日本語版では削除でよろしいですか？",
            DealStage.EscrowFunded, DisclosureStatus.None, PartyRole.Worker);
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }

    [Fact]
    public void Evaluate_AgreedAccountOfEarlierDeal_StillBlocks()
    {
        // "問題ございません" agrees; it does not refuse the payment it follows.
        var change = Changes.Proposal("前回同様、実際の金額は前回の口座へお振込みいただく形で問題ございません。");
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Block);
    }
}
