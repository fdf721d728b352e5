using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 報酬不確定: pay only on results (成果報酬, 歩合, 出来高, a share of sales, views), or in goods, points or
/// vouchers instead of money. A fixed fee plus a bonus is fine. Pay decided by the client after delivery is held.
/// </summary>
internal sealed class UncertainCompensationDetector(Lexicon lex) : IDetector
{
    private const string ResultReasonJa =
        "報酬が成果（売上・成約・再生数など）次第で、作業しても支払われない可能性がある条件は「報酬不確定」として禁止されています。固定の報酬額を設定してください。";

    private const string GoodsReasonJa =
        "報酬を商品・ポイント・金券などで支払う条件は「報酬不確定」として禁止されています。報酬は金銭で、サイトの仮払いを通してお支払いください。";

    private const string HoldReasonJa =
        "報酬額が納品後の評価で決まる条件になっているため、内容を確認してから公開されます。あらかじめ報酬額を確定させることをおすすめします。";

    private readonly CueSet _strong = lex.Add(
        "成果報酬", "成功報酬", "成果型報酬", "成果連動", "完全出来高", "出来高制", "出来高払", "出来高で", "歩合",
        "固定報酬はありません", "固定報酬なし", "固定報酬は無し", "固定給なし", "固定給はありません", "基本報酬なし",
        "報酬なしとなります", "場合の報酬はありません", "場合は報酬なし", "場合の報酬はなし", "場合は無報酬",
        "場合は報酬が発生しません", "場合の報酬は発生しません", "コミッション制", "フルコミッション",
        // Nothing unless a result comes: "取れなければ報酬なし", "それまでは無報酬", profit shared once it exists.
        "なければ報酬なし", "なければ報酬はなし", "なければ無報酬", "なければ報酬はありません", "なければお支払いはありません",
        "なければ支払いはありません", "なければ報酬は発生しません", "なければお支払いしません", "なければ報酬は出ません",
        "それまでは無報酬", "それまでは報酬なし", "それまでは報酬はありません", "までは無報酬", "利益を山分け", "利益を分配",
        "収益を分配", "売上を分配", "収益を山分け", "レベニューシェア", "利益折半", "収益折半", "インセンティブのみ");

    // Paid "only when" a result happens.
    private readonly CueSet _onlyWhen = lex.Add(
        "場合のみ", "時のみ", "ときのみ", "場合に限り", "時に限り", "ときに限り", "場合だけ", "ときだけ", "時だけ", "たらお支払い",
        "てからお支払い", "が出てから", "売れてから", "できてから", "してから相談", "てから相談", "次第でお支払い");

    private readonly CueSet _outcome = lex.Add(
        "アポ", "成約", "契約が取れ", "契約を取", "契約になっ", "売れ", "売上", "収益", "利益", "採用された", "当選", "獲得", "達成",
        "成果", "結果が出", "受注", "申し込みがあ", "購入され", "購入があ", "集客でき", "登録され");

    private readonly CueSet _basis = lex.Add(
        "売上", "売れた", "成約", "再生数", "再生回数", "視聴回数", "獲得件数", "紹介実績", "アクセス数", "pv", "クリック数",
        "申込数", "申し込み数", "販売数", "販売額", "購入額", "人数に応じ", "登録数", "インストール数", "ダウンロード数");

    private readonly CueSet _groupBefore = lex.Add("グループ", "チーム", "組織", "ダウンライン", "メンバー");

    private readonly CueSet _link = lex.Add("に応じ", "連動", "ごとに", "次第", "%", "パーセント", "割を");

    private readonly CueSet _notLinked = lex.Add(
        "増減はありません", "増減なし", "増減しません", "連動しません", "関係ありません", "関係なく", "影響しません",
        "変動しません", "変わりません", "関係ない");

    private readonly CueSet _base = lex.Add("基本報酬", "最低保証", "固定報酬+", "固定報酬に加え", "固定給+", "に加えて");

    private readonly CueSet _only = lex.Add(
        "のみ", "完全", "固定報酬はありません", "固定報酬なし", "報酬はありません", "報酬なし", "報酬は発生しません");

    private readonly CueSet _payWord = lex.Add("報酬", "お支払", "支払い", "謝礼", "ギャラ", "お礼", "対価");

    private readonly CueSet _goods = lex.Add(
        "商品で", "商品そのもの", "商品を報酬", "商品の現物", "商品提供", "商品のご提供", "現物", "内ポイント", "ポイントで",
        "ポイント付与", "ポイントを付与", "ポイント払", "pt", "券", "自社製品", "ギフト", "クーポン", "製品そのもの",
        "サービス利用権", "無料利用", "割引", "チケット", "食事券", "利用券", "商品券", "回数券", "無料でご利用", "無料で利用", "有料プラン", "利用権",
        "商品をプレゼント", "商品を差し上げ", "商品をお送り", "商品を進呈", "品物で", "物品で", "現物で", "自社商品を", "サンプル品で");

    private readonly CueSet _notGoods = lex.Add("ではありません", "ではない", "別途", "とは別", "の一部ではありません", "に含みません");

    private readonly CueSet _goodsDirect = lex.Add(
        "報酬は商品", "商品提供のみ", "商品のご提供のみ", "現物支給", "商品でのお支払", "商品で支払", "ポイントでのお支払", "ポイントで支払",
        "ポイント付与のみ", "金銭のお支払いはありません", "金銭での報酬はありません", "金銭の支払いはありません", "現金の支払いはありません",
        "現金でのお支払いはありません", "金銭でのお支払いはありません", "現金の代わりに", "金銭の代わりに", "お金の代わりに", "報酬の代わりに");

    private readonly CueSet _evaluated = lex.Add(
        "評価によって決定", "評価により決定", "評価で決定", "評価次第", "出来次第", "出来によって", "納品後に決定",
        "後日決定", "納品後、当社の評価", "出来栄えによって", "内容を見て金額を決め");

    private readonly CueSet _meta = lex.Add("解説", "仕組みを", "とは何か", "メリット・デメリット", "違いを", "比較記事");

    /// <inheritdoc />
    public Finding? Detect(ContentText text, StateChange change)
    {
        const string Category = Categories.UncertainCompensation;
        var goods = text.Find(_goodsDirect) ?? text.FirstWhere(_payWord, this, static (t, h, self) => self.PaidInGoods(t, h));
        if (goods is { } g)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.9, "comp.paid_in_kind", GoodsReasonJa, false, g);
        }

        var meta = text.Has(_meta);
        var strong = meta ? null : text.FirstWhere(_strong, this, static (t, h, self) => !t.In(self._notLinked, t.After(h, 16)));
        if (strong is { } s && !IsBonusOnTop(text))
        {
            return Findings.One(change, text, Category, Decision.Block, 0.9, "comp.commission_only", ResultReasonJa, false, s);
        }

        var linked = meta ? null : text.FirstWhere(_basis, this, static (t, h, self) => self.IsLinkedPay(t, h));
        if (linked is { } l && !IsBonusOnTop(text))
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.commission_only", ResultReasonJa, false, l);
        }

        var onlyWhen = meta ? null : text.FirstWhere(_onlyWhen, this, static (t, h, self) => self.IsPaidOnlyWhen(t, h));
        if (onlyWhen is { } ow && !IsBonusOnTop(text))
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.commission_only", ResultReasonJa, false, ow);
        }

        var evaluated = text.Find(_evaluated);
        if (evaluated is { } e)
        {
            return Findings.One(change, text, Category, Decision.Hold, 0.6, "comp.decided_after_delivery", HoldReasonJa, false, e);
        }

        return null;
    }

    private bool PaidInGoods(ContentText text, Hit payWord)
    {
        var after = text.After(payWord, 20, clause: true);
        return text.FindIn(_goods, after) is { } goods && !text.In(_notGoods, text.After(goods, 20, clause: true));
    }

    private bool IsPaidOnlyWhen(ContentText text, Hit only)
    {
        var around = text.Around(only, 30, 30);
        return text.In(_outcome, text.Around(only, 30, 0)) && text.In(_payWord, around);
    }

    private bool IsLinkedPay(ContentText text, Hit basis)
    {
        var after = text.After(basis, 12);
        if (!text.In(_link, after) || text.In(_notLinked, text.After(basis, 24)))
        {
            return false;
        }

        // Group or team sales belong to network schemes (mlm), not to a worker's own pay terms.
        return text.In(_payWord, text.Around(basis, 40, 40)) && !text.In(_groupBefore, text.Before(basis, 10));
    }

    // A fixed base with results on top is a bonus, not uncertain pay, unless the text says results are all.
    private bool IsBonusOnTop(ContentText text) =>
        text.Has(_base) && !text.Has(_only);
}
