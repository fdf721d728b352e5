using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Seventh round: contact routes that name nothing a filter knows. An app described instead of named (例のアプリ, 鳥のマークの
/// SNS, 赤いアイコンの決済アプリ), what "cannot be said here" followed by where to say it, details given before and said to be
/// still in use, details on a business card's image, an address or a phone number described by its parts, a site's
/// inquiry box, another marketplace, bank details asked for on a quote. And what must stay allowed: the same words about
/// the work (a card's design, a form's validation, a file sent before). All texts are written for these tests.
/// </summary>
public sealed class IndirectContactRoundSevenTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("込み入った話は表では書けないので、例のアプリでお願いします。IDはアイコンに入れてあります。")]
    [InlineData("打ち合わせは配信者界隈でよく使われているあのチャットにしませんか。サーバー名で検索して入ってきてください。")]
    [InlineData("鳥のマークのSNSでDMください、名前そのままで出てきます。")]
    [InlineData("打ち合わせはあのチャットでどうですか？")]
    [InlineData("黄色いアイコンの決済アプリで前払いしてもらえると助かります、その分安くします。")]
    [InlineData("この件、手数料の安い別のマッチングサイトにも出しているので、そちらで契約してもらえませんか。")]
    [InlineData("経理の都合で、振込先の口座を記載した見積書をPDFで送ってください。")]
    [InlineData("アドレスは、御社のドメインの前に私の名字をつけたものになります。")]
    [InlineData("メールの@の前だけ教えてもらえますか？後ろはgmailですよね。")]
    [InlineData("私の番号は、頭が080で、残りは見積書の番号の下4桁と納品日の4桁を並べたものです。")]
    [InlineData("携帯は０７０で始まって、真ん中は今回の注文番号の最初の4桁、最後は私の誕生日です。")]
    [InlineData("私のポートフォリオサイトの問い合わせ欄から一言ください。折り返します。")]
    [InlineData("ご契約ありがとうございます。ｽﾞｰﾑのURLを今送りますので、一度顔を合わせましょう。")]
    [InlineData("L I N E の 方 が 返 信 早 い で す 。 I D は　ｈａｎａ＿０７")]
    [InlineData("ここでは言いにくいことがあるので、別のアプリでお話しできればと思います。")]
    [InlineData("私の宛先は、名字のローマ字（tanabe）にアットマーク、それから大手のフリーメールです。")]
    public void Evaluate_DescribedRoute_FindsContact(string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, DealStage.Contracted), CancellationToken.None);
        ContactAssert.Finds(findings, Decision.Block);
    }

    [Theory]
    [InlineData(DisclosureStatus.Revoked, "公開は取り消されたみたいですが、前に教えた番号はまだ使えるので、何かあればそちらに。")]
    [InlineData(DisclosureStatus.Denied, "申請は却下されましたが、以前お送りしたアドレスは生きていますので、データはそちらへお願いします。")]
    [InlineData(DisclosureStatus.Revoked, "取り消しの通知が来ましたが、前にお伝えした私の番号にお電話いただければ対応します。")]
    public void Evaluate_DetailGivenBefore_AfterRevocation_Blocks(DisclosureStatus disclosure, string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, DealStage.EscrowFunded, disclosure), CancellationToken.None);
        ContactAssert.Finds(findings, Decision.Block);
    }

    [Fact]
    public void Evaluate_DetailGivenBefore_Approved_IsAllowed()
    {
        var findings = _check.Evaluate(
            Changes.Message("公開承認ありがとうございます。前にお伝えした番号にいつでもお電話ください。", DealStage.EscrowFunded, DisclosureStatus.Approved),
            CancellationToken.None);
        ContactAssert.FindsNone(findings);
    }

    [Fact]
    public void Evaluate_DetailsOnACardImage_BeforeApproval_Holds()
    {
        var findings = _check.Evaluate(
            Changes.Message("承認待ちのようですが念のため名刺の画像を送っておきます。裏に携帯とメールが書いてあります。", DealStage.EscrowFunded, DisclosureStatus.Requested),
            CancellationToken.None);
        ContactAssert.Finds(findings, Decision.Hold);
    }

    [Theory]
    [InlineData("LINEのような緑のアイコンのアプリのUIデザインをお願いします。")]
    [InlineData("あのアプリの不具合は再現できました。修正版を明日納品します。")]
    [InlineData("修正版をあのアプリで確認してください。")]
    [InlineData("前にお送りしたアカウントで管理画面にログインしてください。")]
    [InlineData("前にお伝えしたIDとパスワードでWordPressに入れます。")]
    [InlineData("チラシの画像に電話番号が入っているので、新しい番号に差し替えてください。")]
    [InlineData("表で管理している在庫数が話せないほど多いので、アプリで管理したいです。")]
    [InlineData("表では言えない裏技などはありません。すべてサイトのルールに沿って進めます。")]
    [InlineData("会員登録フォームの改修です。携帯番号は090/080/070で始まる形式のみ受け付け、下4桁以外はマスク表示にしてください。")]
    [InlineData("残りの作業は明日までに終わらせます。090から始まる番号の名簿整理は完了しました。")]
    [InlineData("前にお送りしたファイルの続きです。ご確認ください。")]
    [InlineData("名刺のデザイン案を添付します。裏面に電話番号とメールアドレスが入る配置にしています。")]
    [InlineData("メールアドレスの入力チェックで、@の前が空のときにエラーを出すようにしました。")]
    [InlineData("美容室のLINE公式アカウントの配信文をお願いします。友だち追加は店頭のQRコード掲示のみで行っています。")]
    [InlineData("海外からの入金を受けるため口座をお借りしたいです。入金があったら、指定の口座へ振り込んでいただくだけです。")]
    public void Evaluate_WorkOrTopic_NoFinding(string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, DealStage.Contracted), CancellationToken.None);
        ContactAssert.FindsNone(findings);
    }

    [Fact]
    public void Evaluate_JobAppIsTheWorkplace_WhenContactAndPayStayOnThePlatform()
    {
        const string Workplace = "弊社が運営するファンコミュニティのDiscordサーバーで、スパム対応と告知の投稿をお願いします。";
        var promised = _check.Evaluate(Changes.Job(Workplace + "業務連絡と報酬のお支払いはすべて本サイト上で行います。"), CancellationToken.None);
        var unpromised = _check.Evaluate(Changes.Job(Workplace + "詳しくはDiscordでお話ししましょう。"), CancellationToken.None);

        Assert.DoesNotContain(promised, f => f.Category == Categories.OffPlatformContact);
        Assert.Contains(unpromised, f => f.Category == Categories.OffPlatformContact);
    }
}
