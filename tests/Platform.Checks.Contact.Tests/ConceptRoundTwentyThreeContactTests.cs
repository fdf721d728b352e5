using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round twenty-three (contact): chat apps named in Chinese or by their romanised names (微信, wei xin, Zalo), a name search that
/// leads to the writer's contact form (the quote in brackets of its own, a search typed "と入れると出てくる", 条件 no research word),
/// a DM asked to carry a file, a contact noun after a past failure told as the reason,
/// pay asked by an overseas transfer or wished for in crypto. And what must not be found: a question
/// quoted and taken back at once, a quoted chapter title, the exchange said to stay on the platform, details not asked for or not
/// put up, a meeting or invite link issued by the system being built, the client's in-house tool switched or set up, a product
/// of an app named by its own word, a work noun holding an intent word (参加ルール), someone else's account, a letter ending a
/// code, the rules given as the reason to stay. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyThreeContactTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("worker", "请加我微信：chen_design77（返信が早いです）")]
    [InlineData("worker", "細かい相談は微信でやりましょう。")]
    [InlineData("job", "やりとりは微信で行います。応募の際に微信号を書いてください。")]
    [InlineData("worker", "通知が遅いので wei xin で話しましょう。")]
    [InlineData("worker", "Zaloで連絡ください。番号はプロフィールにあります。")]
    [InlineData("job", "応募は、「あおば学習会 緑区」で検索していただき、ホームページのお問い合わせフォームからお願いします。")]
    [InlineData("profile", "料金表は、検索で「こもれび写真室 公式」と入れると出てくるサイトにあります。そちらのフォームからご依頼ください。")]
    [InlineData("worker", "過去作は、名前（カタカナで「ミナモ工房」）で検索するとすぐ出てくるので、そちらのDMにご連絡ください。")]
    [InlineData("profile", "ホームページのお問い合わせフォームからのご依頼は1割引です（「そよかぜ企画室」で検索してください）。")]
    [InlineData("message", "インスタに上げたイラスト、DMで元データ送ってもらえますか？アカウントは@mizuiro_draw です")]
    public void Evaluate_ContactOffered_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_OverseasTransferAfterEscrow_Blocks()
    {
        var change = Changes.Message("残りの半分は海外送金（SWIFT）でお願いできますか？サイトの手数料が高いので…",
            DealStage.EscrowFunded, DisclosureStatus.Requested, PartyRole.Worker);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_TipInCryptoAfterDelivery_Blocks()
    {
        var change = Changes.Message("納品しました。気に入っていただけたら、お礼はETHでもらえると嬉しいです。",
            DealStage.Delivered, DisclosureStatus.None, PartyRole.Worker);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_AddressAskedAfterUploadFailedAfterEscrow_Holds()
    {
        var change = Changes.Message(
            "動画が大きくてここに添付できませんでした🙏 大容量の転送サービスで送りたいので、メールアドレスを教えていただけますか？",
            DealStage.Delivered, DisclosureStatus.None, PartyRole.Worker);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Hold);
    }

    [Fact]
    public void Evaluate_WeChatAfterRevocation_Blocks()
    {
        var change = Changes.Message("公開が取り消されたみたいですが、私の微信は前と同じ（lin_studio_07）なので、そちらに連絡ください。",
            DealStage.EscrowFunded, DisclosureStatus.Revoked, PartyRole.Worker);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_WeChatAfterApproval_FindsNone()
    {
        var change = Changes.Message("公開申請が承認されたので、私の微信（lin_studio_07）に連絡ください。",
            DealStage.EscrowFunded, DisclosureStatus.Approved, PartyRole.Worker);
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }

    [Theory]
    [InlineData("message", "Slackで相談してもいいですか？って聞きたかったけど、規約でダメなんですよね。こちらで続けます。")]
    [InlineData("worker", "Zoomで打ち合わせできますか？と言おうと思いましたが、規約上できないのでここでお願いします。")]
    [InlineData("message", "研修テキストに「Chatworkで取引先に連絡するときのマナー」という章を加えたいので、原稿をお願いします。")]
    [InlineData("job", "使用ツール：Slack（社内連絡用です。ご契約とやり取りは本サイト上で行います）。")]
    [InlineData("proposal", "直接のご連絡先はお伺いせず、すべてこちらのメッセージで進めます。")]
    [InlineData("profile", "電話番号やメールアドレスはどこにも載せていません。ご相談はこのサイトのメッセージでお願いします。")]
    [InlineData("job", "予約が入るとZoomミーティングを自動発行するWebシステムを作ってください。")]
    [InlineData("worker", "Discordの招待リンクを自動発行する機能、了解です。期限も設定できるようにします。")]
    [InlineData("message", "納品ありがとうございました。次はLINE WORKSへの通知もお願いしたいので、別の案件で出します。")]
    [InlineData("job", "社内の連絡ツールをSlackに切り替えます。社員向けの使い方マニュアルを作ってください。")]
    [InlineData("job", "料理好きが集まるDiscordサーバーを作ります。参加ルールと案内文を書いていただけませんか。")]
    [InlineData("job", "元彼のInstagramのDMを見る方法を教えてください。")]
    [InlineData("job", "事務局指定の診断はこちら forms.gle/ Wm4x ／ 8Kq ※結果は事務局から直接お知らせします。")]
    [InlineData("job", "暗号資産のエアドロップを受け取るため、ウォレットを50個作ってください。報酬は固定で1万円。")]
    [InlineData("worker", "このサイトで「ミナモ工房」を検索していただくと、過去の作品が見られます。")]
    [InlineData("job", "競合調査です。「地域名 学習塾」で検索して上位10件の料金を表にまとめてください。")]
    [InlineData("worker", "インスタのストーリー用の画像を3枚作りました。ご確認ください。")]
    [InlineData("message", "ラフはここに添付できませんでした。サイズを落として再送します。")]
    [InlineData("job", "取引先との連絡に微信を使っています。中国語の定型文を20個作ってください。")]
    [InlineData("message", "電話のほうが早いけど、規約があるのでここにまとめて書きますね。")]
    [InlineData("job", "海外送金の手数料を比較する記事を書いてください。3,000字で5,000円です。")]
    [InlineData("message", "残りはPayPayでもらえますか？って聞こうと思ったけど、サイト経由でしか精算できないんですね。了解です。")]
    [InlineData("job", "Swiftで開発していただけますか。iOSアプリの改修です。")]
    public void Evaluate_NotContact_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }
}
