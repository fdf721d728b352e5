using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact;

/// <summary>User-facing reasons in Japanese, composed once per code and rule rather than per finding.</summary>
internal static class Reasons
{
    private const string PaymentRule = "仮払い（エスクロー）を通さない取引は、契約の段階や連絡先公開申請の有無にかかわらず禁止されています。";
    private const string HoldRule = "仮払い後の連絡先の交換は、連絡先公開申請が承認されるまで確認のため保留されます。";
    private const string BlockRule =
        "仮払い前、または連絡先公開申請が承認されていない（却下・取り消しを含む）状態で、サイト外の連絡先を交換することは禁止されています。";

    private const string OtherWhat = "サイト外での連絡や連絡先の交換への誘導が見つかりました。";

    private static readonly Dictionary<string, (string Payment, string Hold, string Block)> ByCode = new[]
    {
        (Codes.Phone, "電話番号の記載が見つかりました。"),
        (Codes.Email, "メールアドレスの記載が見つかりました。"),
        (Codes.Url, "外部の連絡用サービスやフォームへのリンクが見つかりました。"),
        (Codes.ChatApp, "外部のチャットアプリ・SNSのIDや、そちらでのやり取りへの誘導が見つかりました。"),
        (Codes.PaymentOutside, "サイトを通さない支払い・受け取り（直接取引）の提案が見つかりました。"),
        (Codes.Invitation, OtherWhat),
    }.ToDictionary(x => x.Item1, x => Compose(x.Item2), StringComparer.Ordinal);

    public static string For(string code, Decision decision)
    {
        var (payment, hold, block) = ByCode.TryGetValue(code, out var composed) ? composed : Compose(OtherWhat);
        return code == Codes.PaymentOutside ? payment : decision == Decision.Hold ? hold : block;
    }

    private static (string, string, string) Compose(string what) => (what + PaymentRule, what + HoldRule, what + BlockRule);
}
