using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// A currency the worker asks to be paid in instead of the escrow ("仮払いの代わりに、USDT（TRC20）での前払いに", "ビットコインで
/// 前払いしていただけますか"): money sent outside the platform (off_platform_contact), not pay in goods; a client paying in a coin of
/// their own choosing stays paid in kind, and so does a worker's currency whose amount is said to move with the rate ("レートによって
/// 多少増減はありますが"), which leaves the pay itself uncertain. Shared by the compensation rules that read "instead of the escrow".
/// </summary>
internal sealed class WorkerCurrency(Lexicon lex)
{
    private readonly CueSet _currency = lex.Add(
        "usdt", "usdc", "btc", "eth", "ビットコイン", "イーサリアム", "仮想通貨", "暗号資産", "ウォレット", "ドル", "ユーロ", "外貨");

    private readonly CueSet _fluctuates = lex.Add("増減", "多少前後", "前後します", "変動", "上下します", "値上がり", "値下がり");

    /// <summary>Whether the worker names a currency in <paramref name="window"/> as the way to be paid, its amount not said to move.</summary>
    public bool AskedByWorker(ContentText text, StateChange change, Window window) =>
        change.ActorRole == PartyRole.Worker && text.In(_currency, window) && !text.Has(_fluctuates);
}
