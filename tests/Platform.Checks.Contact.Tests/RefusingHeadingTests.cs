using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Lists of what is not done, as job posts and profiles set them out: the bullets under a heading that refuses them
/// ("【禁止事項】", "■NG行為", "お断りしていること："), or followed by the line that refuses them ("…\n は一切お受けしておりません"), are
/// not proposals. The same bullets under a heading that does not refuse, or under a sentence that allows them after all, still
/// are. All texts are written for these tests.
/// </summary>
public sealed class RefusingHeadingTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("job", "アンケート入力のお仕事です。1件80円。\n【禁止事項】\n・LINEやメールなど外部での連絡\n・サイト外での支払い\n上記を守れる方のみご応募ください。")]
    [InlineData("job", "記事の校正をお願いします。\n■NG行為\n・Chatworkへの招待\n・直接のお振込み\nよろしくお願いいたします。")]
    [InlineData("profile", "イラストレーターです。\nお断りしていること：\n・Discordでのやりとり\n・PayPayでの直接のお支払い")]
    [InlineData("job", "文字起こし案件です。\n【厳禁】\n  ・Zoomでの個別面談\n  ・外部サイトでの決済")]
    [InlineData("proposal", "ご検討ください。\n1. Zoomでの面談\n2. サイト外での決済\nは一切お受けしておりません。")]
    public void Evaluate_BulletsUnderARefusal_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Theory]
    [InlineData("client", "【連絡方法】\n・LINEでやりとりしましょう\n・お支払いは直接振込でお願いします")]
    [InlineData("client", "外部での連絡は禁止されていますが、特別に下記でお願いします。\n・LINEで連絡\n・直接お振込み")]
    [InlineData("client", "【ご案内】\n・今後のやりとりはLINEでお願いします")]
    [InlineData("client", "【禁止事項】\n・無断転載\n\nこれからはLINEでやりとりしましょう。")]
    public void Evaluate_BulletsNotRefused_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }
}
