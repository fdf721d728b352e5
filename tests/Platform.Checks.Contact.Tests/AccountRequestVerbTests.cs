using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// An account, ID or number on a chat app or SNS asked for right after the app's name, whatever the asking verb: not only
/// 教えて but お知らせください, 送っていただけますか, いただけますか, 共有して, お伝えください, 伺っても, 聞いても. Work on the
/// account (アカウント運用, 公式アカウントの開発, アカウントの作成方法) and a form's number field stay allowed. All texts are written
/// for these tests.
/// </summary>
public sealed class AccountRequestVerbTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("Telegramのアカウントをお知らせください。")]
    [InlineData("ご応募ありがとうございます。Chatworkのアカウントをお知らせください。")]
    [InlineData("お世話になっております。WhatsAppの番号をお知らせいただけますか。")]
    [InlineData("インスタのアカウントを送っていただけますか。")]
    [InlineData("Xのアカウントを送ってください。よろしくお願いします。")]
    [InlineData("LINEのアカウントをお知らせください。")]
    [InlineData("DiscordのIDを共有していただけますか。")]
    [InlineData("Skypeのユーザー名をお伝えください。")]
    [InlineData("カカオトークのアカウントをいただけますか。")]
    [InlineData("念のため、Telegramのアカウントを伺ってもよろしいでしょうか。")]
    [InlineData("Signalの番号を聞いてもいいですか。")]
    [InlineData("Facebookのアカウントもお知らせください。")]
    [InlineData("WhatsAppの連絡先だけ先にお知らせください。")]
    [InlineData("Telegram のアカウントを共有してください。")]
    public void Evaluate_AppAccountAskedWithAnyVerb_Blocks(string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.Message(text), CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_AppAccountAskedAfterEscrowWithoutDisclosure_Holds()
    {
        var change = Changes.Message("仮払いありがとうございます。Telegramのアカウントをお知らせください。", DealStage.EscrowFunded);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Hold);
    }

    [Fact]
    public void Evaluate_AppAccountAskedAfterDisclosureApproved_FindsNone()
    {
        var change = Changes.Message("Chatworkのアカウントをお知らせください。", DealStage.EscrowFunded, DisclosureStatus.Approved);
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }

    [Theory]
    [InlineData("message", "インスタのアカウント運用をお願いできますか。")]
    [InlineData("message", "LINE公式アカウントの開発をお願いします。")]
    [InlineData("message", "アカウントの作成方法を教えてください。")]
    [InlineData("message", "申込フォームの電話番号欄を追加してください。")]
    [InlineData("message", "Slackのアカウント作成をお願いできますか。")]
    [InlineData("message", "分析したいXのアカウントをお知らせください。競合調査の参考にします。")]
    [InlineData("job", "弊社Instagramのアカウント運用代行をお願いします。投稿は週3回です。")]
    public void Evaluate_WorkOnTheAccountOrAField_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Theory]
    [InlineData("LINEのIDは教えられません。すみません。")]
    [InlineData("申し訳ないのですが、個人の電話番号は伝えられません。")]
    public void Evaluate_DetailSaidToBeWithheld_FindsNone(string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.Message(text), CancellationToken.None));
    }

    [Theory]
    [InlineData("LINEのIDは教えられませんか？")]
    [InlineData("ChatworkのID、教えられませんか")]
    public void Evaluate_WithheldAskedBack_Blocks(string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.Message(text), CancellationToken.None), Decision.Block);
    }
}
