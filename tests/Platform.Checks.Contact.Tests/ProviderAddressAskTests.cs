using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round thirty-nine (blind258): an address at a named mail provider asked for ("ヤフーのアドレスあります？", "ホットメールのアドレスが
/// あったら教えて"; InvitationDetector's provider nouns, "あれば"/"あったら" between noun and verb, "ありますか" as an ask), and the @ written as a mark
/// or "あっと" before a provider said in kana, the domain's letters by their other kana names ("＠ ドコモ ドット エヌイー ドット ジェイピー",
/// "あっと あいくらうど"; SpelledAddressDetector). Templates with a placeholder domain and mail work stay allowed. Written for these
/// tests; every blocked text here was allowed by the session-start plugin.
/// </summary>
public sealed class ProviderAddressAskTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("ヤフーのアドレスあります？あればそっちに資料送ります")]
    [InlineData("ホットメールのアドレスがあったら教えて")]
    [InlineData("キャリアメールです。hana-77 ＠ ドコモ ドット エヌイー ドット ジェイピー")]
    [InlineData("メール送ってね。さとみ あっと あいくらうど どっと こむ")]
    public void Evaluate_ProviderAddressAskedOrSpelled_BeforeEscrow_Blocks(string text) =>
        ContactAssert.Finds(_check.Evaluate(Changes.Message(text), CancellationToken.None), Decision.Block);

    [Theory]
    [InlineData("差出人欄は「info@（御社ドメイン）」と書いておいてください")]
    [InlineData("ヤフーメールとGmailでの表示を確認しました")]
    [InlineData("アットマークを全角で入力したときのエラー文言を3案ください")]
    public void Evaluate_MailWorkAndPlaceholders_FindsNone(string text) =>
        ContactAssert.FindsNone(_check.Evaluate(Changes.Message(text), CancellationToken.None));
}
