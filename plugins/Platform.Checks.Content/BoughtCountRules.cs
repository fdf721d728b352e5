using Platform.Checks.Text;

namespace Platform.Checks.Content;

/// <summary>
/// 報酬不確定 look-alike: a count of followers, views or subscribers that is itself the thing sold or bought, priced per
/// block ("1,000フォロワーあたり2,000円", "1万再生ごとに3,000円" with bots or a boost service). The price follows what is
/// delivered, so it is no pay left to results (selling fake engagement is external_tos's business). Part of
/// <see cref="UncertainCompensationDetector"/>: asked of a count word its linked-pay rule found.
/// </summary>
internal sealed class BoughtCountRules(Lexicon lex)
{
    // The count inflated by means named in the text: bought, boosted, bots, other accounts
    // (invented: "海外の業者経由で500フォロワーずつ増やしてもらえる方、500フォロワーあたり1,000円").
    private readonly CueSet _inflated = lex.Add(
        "水増し", "フォロワー購入", "購入フォロワー", "フォロワーを購入", "再生数を購入", "再生回数を購入", "再生サービス", "ブースト", "bot", "ボット",
        "自動ツール", "ツールを使", "サブアカウント", "サブ垢", "複数のアカウント", "複数アカウント", "海外のサービス", "業者", "増やし", "伸ばして",
        "確実に増");

    // The channel or the account itself bought, its price counted by its subscribers: "チャンネルをアカウントごと買い取ります…1登録者
    // あたり20円で計算します" (buying the account is external_tos's business).
    private readonly CueSet _assetBought = lex.Add(
        "買い取ります", "買い取らせ", "買取します", "買取いたします", "ごと買い取", "ごと購入", "ごと譲", "譲ってください", "譲っていただけ");

    // Pay promised per count rather than a price quoted for a block: "1万再生ごとに2,000円お支払いします" stays pay on results.
    private readonly CueSet _payPromised = lex.Add("お支払", "支払い", "支払う", "報酬", "謝礼");

    private static readonly FoldedWords Counts = new("フォロワー", "万再生", "千再生", "再生", "登録者", "いいね");

    /// <summary>Whether the count word at <paramref name="basis"/> is a block of engagement priced as a product: a number right
    /// before it, the count inflated by a means the text names or the account itself bought, and no pay promised around it.</summary>
    public bool PricedCount(ContentText text, Hit basis)
    {
        var folded = text.Folded.AsSpan();
        if (basis.Start == 0 || !Counts.StartOf(folded[basis.Start..]))
        {
            return false;
        }

        var before = folded[basis.Start - 1];
        return (char.IsAsciiDigit(before) || before is '万' or '千') && (text.Has(_inflated) || text.Has(_assetBought)) && !text.In(_payPromised, text.Around(basis, 30, 30));
    }
}
