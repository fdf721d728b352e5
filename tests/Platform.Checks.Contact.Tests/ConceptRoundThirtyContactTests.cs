using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round thirty (contact): pay handed over in cash with the platform's route said not to be used, a webmail written with a space
/// ("G メール"), a contact form under a named sub-domain of an example domain, an app's DMs offered with "からも", a chat ID spelt one
/// char at a time, a Discord server's invite code written as a slug, and a meeting app's link said to be sent later. And what must
/// not be found: an app as the place where the work's audience joins on the client's account, a personal contact said not to be
/// needed, invitations said not to be answered, a situation met as the subject of a manual, a side of a printed piece and the
/// client's material for it, a map's short link, the disclosure request's own form named as the way, a meeting link deferred to
/// the approval, and a file's link. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundThirtyContactTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("job", "報酬は撮影当日に会場で現金手渡しとします（サイト経由の支払いは行いません）。")]
    [InlineData("client", "このサイトは通知が遅いので、G メールのほうに送ってもらえますか（名字と名前をドットでつないだやつです）。")]
    [InlineData("job", "応募は店舗サイトの予約フォーム（https://hair-atelier.example.com/contact）からお願いします。")]
    [InlineData("profile", "ネイリストです。デザイン例はInstagramに載せています。DMからもご相談ください。")]
    [InlineData("client", "何度か消されたのでここに書きます。ｌｉｎｅ→ｍ・ｉ・ｎ・ａ・ｔ・ｏ　３")]
    [InlineData("job", "選考は当クラブのディスコードサーバー（招待コード：yoga-circle）に参加していただいてから行います。")]
    public void Evaluate_DetailSpeltOrRoutedAround_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("Zoomで画面を見ながら設定を一緒に進めたいです。URLは後ほどお送りします。")]
    [InlineData("Zoomの画面共有で操作をお見せしますね。URLは後で送ります。")]
    public void Evaluate_MeetingLinkToBeSentBeforeEscrow_Blocks(string text)
    {
        var change = Changes.Message(text, DealStage.Contracted, DisclosureStatus.None, PartyRole.Client);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("ZoomのURLは、仮払いと連絡先公開の承認が済んでから送ります。")]
    [InlineData("Zoomの録画データを編集してください。ファイルのURLは後で送ります。")]
    public void Evaluate_MeetingLinkLookAlikeBeforeEscrow_FindsNone(string text)
    {
        var change = Changes.Message(text, DealStage.Contracted, DisclosureStatus.None, PartyRole.Client);
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }

    [Theory]
    [InlineData("proposal", "オンラインクラスはZoom・Meetのどちらでも対応します。URLは御社のアカウントで発行していただき、会員様へご案内ください。")]
    [InlineData("profile", "ピラティス講師。オンラインはZoom・Meetどちらでも対応しますが、接続先はご依頼主様のアカウントでご用意ください。")]
    [InlineData("proposal", "打ち合わせはすべてこちらのメッセージで進めます。私個人の連絡先をお伝えする必要はありません。")]
    [InlineData("profile", "整体院の運営者です。外部のLINEへのお誘いや直接振込のご提案にはお応えしていません。")]
    [InlineData("job", "店舗スタッフ向けに、お客様から個人的に連絡先を求められたときの対応マニュアルを作ってください。")]
    [InlineData("job", "キャンペーンのチラシです。裏面は料金表とジムの電話番号、QRコードを配置してください。電話番号やロゴのデータはこちらから支給します。")]
    [InlineData("job", "お別れ会のご案内状です。裏面に会場の電話番号と地図を載せます。")]
    [InlineData("job", "G メールの自動振り分けルールの設定を代行してください。")]
    public void Evaluate_LookAlike_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Theory]
    [InlineData("集合場所の地図です https://maps.app.goo.gl/Xy7Kp2 区画は「西2区-08-1123」です。")]
    [InlineData("電話での確認が必要でしたら、サイトの「連絡先公開申請」から申請してください。")]
    [InlineData("会員さんにはスタジオの予約ページのZoomリンクから入っていただきます。講師の方はスタジオのアカウントで入ってください。")]
    public void Evaluate_LookAlikeAfterEscrow_FindsNone(string text)
    {
        var change = Changes.Message(text, DealStage.EscrowFunded, DisclosureStatus.None, PartyRole.Client);
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }
}
