using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round thirty-one B (contact), false alarms first: a prohibition said of a channel ("電話番号を教えてはだめ"; a dislike of the
/// phone is no refusal, it is how an app is most often asked for), a contact detail that need not be asked for ("伺う必要はありません"), a warning about impersonators
/// ("当方を名乗って…"), the plain refusal "行っていません", an account's friend count, a campaign on the app, its winners'
/// notice text and a phone tree are not offers; a payment app taught ("支払いの仕方"), a permit's code with its letter
/// ("第S06-…号"). And what is now found: the work's talk carried on in a chat app
/// ("引き続きLINEの方で進めましょう"), even after a disclosure was revoked. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundThirtyOneBContactTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("message", "息子に「ネットの人に電話番号やLINEを教えてはダメ」と言われているので、やりとりはこちらだけでお願いします。")]
    [InlineData("worker", "仮払いを確認しました。お客様の電話番号は納品する名簿の記入欄に直接お書きください。こちらからご連絡先を伺う必要はありません。")]
    [InlineData("profile", "【お知らせ】私の名前を名乗ってLINE交換や直接のお支払いを持ちかける偽アカウントがあるようです。お気をつけください。")]
    [InlineData("profile", "ご依頼はすべてサイト経由で承っており、サイト外でのやりとりは一切行っていません。")]
    public void Evaluate_ChannelRefusedDislikedOrWarnedAbout_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Fact]
    public void Evaluate_OfficialAccountFriendCount_FindsNone()
    {
        var change = Changes.Job("歯科医院のLINE公式の友だち数を半年で倍にするための配信計画を立ててください。固定30,000円。", title: "LINE公式アカウントの配信計画");
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }

    [Fact]
    public void Evaluate_CampaignAndWinnerNoticeText_FindsNone()
    {
        var change = Changes.Job(
            "秋の新作に合わせたフォロー＆いいねキャンペーンの応募規約と、当選された方へのDM連絡文面の作成をお願いします。固定20,000円。",
            title: "Instagramフォロー＆いいねキャンペーンの文面作成");
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }

    [Fact]
    public void Evaluate_PhoneTreeTemplate_FindsNone()
    {
        var change = Changes.Job("マンション管理組合のお知らせをA4で作ってください。電話連絡網の表は空欄のままで、番号は後で各戸が書き込みます。固定4,000円。");
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }

    [Theory]
    [InlineData("client", "電話が苦手なので、LINEでやりとりさせてください。")]
    [InlineData("worker", "通話はどうも苦手でして、チャットワークで直接やりとりさせていただけると助かります。")]
    // A refusal conceded, then an exception made; impersonators given as the reason for an app.
    [InlineData("client", "このサイト以外でのやりとりは行っておりませんが、今回は特別にLINEでどうぞ。")]
    [InlineData("client", "サイト外でのやりとりは行っていませんけど、今回に限りLINEでやりとりしましょう。")]
    [InlineData("client", "最近なりすましが多いので、連絡はLINEでお願いします。")]
    public void Evaluate_AppAskedForWithAReasonOrAnException_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("公開申請が取り消されたそうですが、構わずこのままLINEのほうで進めましょう。")]
    [InlineData("細かい修正は今後もSlackの方で進めましょう。")]
    public void Evaluate_TalkCarriedOnInChatApp_Blocks(string text)
    {
        var change = Changes.Message(text, DealStage.EscrowFunded, DisclosureStatus.Revoked);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_TalkCarriedOnInChatAppBeforeEscrow_Blocks()
    {
        ContactAssert.Finds(_check.Evaluate(Changes.Message("お手数ですが、ここからはLINEのほうで進めさせてください。"), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("LINEスタンプの制作は、いただいたラフをもとにこの手順で進めましょう。")]
    [InlineData("残りの作業もこのサイトのメッセージで進めましょう。")]
    public void Evaluate_WorkCarriedOnHere_FindsNone(string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.Message(text), CancellationToken.None));
    }

    [Theory]
    [InlineData("PayPayを始めたいので、送金と支払いの仕方を大きな字でまとめてください。報酬はこのサイトで8,000円です。")]
    [InlineData("楽天ペイで払う方法の使い方を、写真付きで説明する資料を作ってください。報酬は固定6,000円です。")]
    public void Evaluate_PaymentAppTaught_FindsNone(string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.Job(text), CancellationToken.None));
    }

    [Fact]
    public void Evaluate_PaymentAppProposedThenTaught_StillBlocks()
    {
        ContactAssert.Finds(_check.Evaluate(Changes.Message("支払いはPayPayでお願いします。使い方がわからなければ教えます。"), CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_PermitCodeWithLetter_FindsNone()
    {
        var change = Changes.Message("食品表示ラベルの件です。営業許可番号は「第S06-0987-6543号」なので、裏面の右下に入れてください。", DealStage.EscrowFunded);
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }
}
