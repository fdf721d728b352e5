using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round thirty-one (contact): requests said to be taken on an app or from its account, the details said as a noun to follow on an
/// app, the writer's own QR code to be scanned to reach them, the rest of a number begun in an earlier message with the writer said
/// to be reached on it, a link on a profile field, a course said to be cheaper off the platform beside a claimed office, and a part
/// of the work billed to be paid by bank directly. And what must not be found: an app known as a skill with the talk kept here in
/// the next sentence, a meeting app set aside with the talk kept on this thread, a number thanked for and declined, copy that prompts
/// the client's customers to add an account, a shop's QR printed on a sign, the writer's own picture with no code to scan, numbers with no
/// one reached on them, works to look at on a profile, and a shop's bookings taken on an app in a job post. All texts are written for
/// these tests.
/// </summary>
public sealed class ConceptRoundThirtyOneContactTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("profile", "Webサイト制作のご相談はDiscordのサーバーでも受け付けています。")]
    [InlineData("profile", "ヨガ講師です。無料相談はLINE公式アカウントから受け付けています → @yoga_hana_22")]
    [InlineData("profile", "整理収納アドバイザーです。詳しいことはテレグラムでお伝えします。")]
    [InlineData("worker", "僕のアイコン画像のQRコードを読み込んでいただければ、そちらでつながれます。")]
    [InlineData("client", "後半です。4417-2290。平日の夜ならつながります。")]
    [InlineData("profile", "お見積りのご依頼は、プロフィール欄のURLからご連絡ください。")]
    [InlineData("profile", "運営公認の講師です。お申し込みは下記の外部ページからどうぞ（サイト内より2割お安くなります）。 https://yoga-lesson.example.org")]
    public void Evaluate_ReachedOrPaidElsewhere_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_BilledPartPaidByBankAfterApproval_Blocks()
    {
        var change = Changes.Message(
            "連絡先の公開は承認済みですが、追加のルーター設定分は、銀行振込で直接いただけますか。", DealStage.Delivered, DisclosureStatus.Approved, PartyRole.Worker);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("worker", "Chatworkは前職で毎日使っていました。ただ、やり取りはこちらのメッセージでお願いします。")]
    [InlineData("client", "Teamsなどでの会議はせず、このメッセージ上でやりとりしましょう。資料はここに添付します。")]
    [InlineData("worker", "携帯番号を教えていただきありがとうございます。ですが、仮払い前に連絡先を交換することは規約でできませんので、こちらでお願いします。")]
    [InlineData("worker", "ご依頼の『公式LINEの友だち追加を促す一言』を5案お送りします。")]
    [InlineData("client", "私のアイコン画像を新しくしました。QRコードの作り方も、こちらで教えていただけますか。")]
    [InlineData("client", "続きです。注文番号の残り 4417-2290 も確認しました。")]
    [InlineData("profile", "プロフィール欄のURLから過去の作品をご覧いただけます。")]
    [InlineData("job", "当店では予約をLINEで受け付けています。予約の一覧をスプレッドシートにまとめる仕組みを作ってください。")]
    public void Evaluate_LookAlike_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Fact]
    public void Evaluate_ShopQrOnSignInTitle_FindsNone()
    {
        var change = Changes.Job("美容室の外看板を作り直します。載せる内容は契約後にサイト上でお渡しします。", "美容室の看板製作（電話番号・LINE QR掲載）");
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }
}
