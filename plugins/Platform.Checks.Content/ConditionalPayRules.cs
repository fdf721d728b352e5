using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 報酬不確定 told as a condition rather than by a scheme's name (round thirty-seven): the pay made to wait on a result the worker cannot
/// ensure, with nothing paid otherwise ("視聴者の評価が星四つ以上だったら、お支払いします。それ未満ならごめんなさい", "Urenakattara nashi de",
/// "if not, we call it even"); the pay put off until such a result (売れ始めたら, 連載が決まれば, 採用が決まった時点で, 商品化された場合にのみ,
/// "once we get our funding round"); or the pay taken out of the money the work may bring in (ゲームの売上から分配, 賞金の一部からお支払い,
/// "out of the ticket sales"). Part of <see cref="UncertainCompensationDetector"/>, read last. Not a fixed fee with a bonus on top,
/// nor pay on acceptance of the delivery (検収が完了したらお支払い), nor a sheet or an article about sales; a free trial asked
/// before the order, a network's members or an account lent are other categories' business.
/// </summary>
internal sealed class ConditionalPayRules(Lexicon lex)
{
    private const string ReasonJa =
        "報酬が成果（売上・採用・再生数など）次第で、作業しても支払われない可能性がある条件は「報酬不確定」として禁止されています。固定の報酬額を設定してください。";

    // How far the pay word is read from the condition, and the no-pay words from the "otherwise".
    private const int Reach = 40;

    private readonly CueSet _pay = lex.Add(
        "報酬", "払", "支払", "お代", "ギャラ", "謝礼", "原稿料", "翻訳料", "編集代", "お渡し", "発生し", "予算", "給料", "給与", "お礼", "pay", "fee",
        "houshu", "shiharai");

    // Otherwise: "入金がなかったら", "売れへんかったら", "来んかったら", "未満なら", "ゼロなら", "if not", "doesn't sell", "Urenakattara".
    private readonly CueSet _otherwise = lex.Add(
        "なかったら", "へんかったら", "んかったら", "なければ", "なかった場合", "ない場合は", "未満なら", "未満の場合", "ゼロなら", "0なら",
        "if not", "doesn't sell", "doesnt sell", "don't sell", "dont sell", "nakattara", "nakereba", "urenakattara", "urenakereba");

    // …nothing is paid: "なし", "ゼロ", "ごめんなさい", "ご容赦", "それまで", "nothing to split", "call it even".
    private readonly CueSet _none = lex.Add(
        "なし", "無し", "ゼロ", "0円", "〇円", "ごめん", "ご容赦", "ありません", "発生しません", "出ません", "それまで", "無償", "払えません", "お支払いできません",
        "堪忍", "nothing", "call it even", "no pay", "nashi");

    // A result the worker cannot ensure, with its condition: "売れ始めたら", "連載が決まれば", "採用が決まった時点で", "商品化された場合".
    // Made of the business's money or standing (売上, 利益, 収益, 資金, 黒字, 目標) with what it does (出る, 付く, 超える, できる).
    private readonly CueSet _result = lex.Add([
        "売れ", "儲か", "入金があ", "入金され", "が入り次第", "スポンサーが付", "登録者が", "採用が決ま", "連載が決ま", "商品化さ",
        "当選者が出", "軌道に乗", "結果が出", "バズ", "人気が出", "問い合わせが", "案件につなが", "評価が星", "funding", "land a sponsor", "gets views",
        "performs",
        // The payer's own means or targets: "資金に余裕ができたら", "黒字になったら", "売上が目標を超えた月だけ".
        .. new[] { "利益", "収益", "資金", "余裕", "黒字", "目標" }.SelectMany(m => new[] { "が出", "ができ", "に余裕ができ", "にな", "を超え", "に届" }.Select(v => m + v)),
        "上場し", "上場す"]);

    // The condition right after the result: "たら", "れば", "場合", "次第", "時点", or only in the period it holds ("月だけ").
    private readonly CueSet _condition = lex.Add("たら", "れば", "場合", "次第", "時点", "月だけ", "ときだけ", "時だけ", "once", "if", "depends on");

    // The money the work may bring in, the pay taken out of it: "ゲームの売上から", "賞金の一部から", "out of the ticket sales".
    private readonly CueSet _outOf = lex.Add(
        "売上から", "売り上げから", "収益から", "賞金の一部", "売上の一部", "広告経由の売上", "come out of", "out of the ticket", "share of sponsorship");

    private readonly CueSet _split = lex.Add("分配", "折半", "山分け", "お支払", "払", "fee", "pay");

    // Not pay waiting on a result: a fixed fee kept whatever happens, a bonus or more work on top, a sheet or a tool about sales.
    private readonly CueSet _fixed = lex.Add(
        "固定", "関係なく", "かかわらず", "全額", "追加", "ボーナス", "別途", "上乗せ", "続編", "継続", "計算シート", "シート", "管理表", "ツール", "解説",
        "fixed", "regardless");

    // Another category's business: a free trial or sample before the order (選考, お試し, 採用されなければ費用は発生しません), a network's
    // members, an account lent to receive the money.
    private readonly CueSet _otherScheme = lex.Add(
        "テスト", "トライアル", "サンプル", "選考", "お試し", "試しに", "比較", "契約前", "契約の前", "仮払いの前", "発注前", "無料", "タダ", "案を",
        "採用の前", "採用前", "採用しな", "採用されな", "採用にならな", "先に作", "先に書",
        "下の人", "紹介者", "入会", "会員", "代理店", "メンバー", "口座", "名義");

    // The amount left for the payer to set once the work is done: "金額は、仕上がりを見てからこちらで決めさせてください", "完成後に、こちらで
    // 査定して金額をお伝えします", "額はまだ決めてないけど、あとでちゃんとお礼します". The amount (金額, 額, いくら), its setting (決め, 査定,
    // 未定), and the work done (仕上がり, 完成, 出来, 納品後, 最後に, あとで) around it; no sum named there.
    private readonly CueSet _setLater = lex.Add(
        "決めさせて", "決めます", "決めてない", "決めていない", "決めとらん", "決めてへん", "査定して", "査定させ", "査定の上", "未定");

    private readonly CueSet _amount = lex.Add("金額", "額は", "額も", "報酬額", "いくら", "お代は", "ギャラは", "お礼は");

    private readonly CueSet _workDone = lex.Add(
        "仕上がり", "完成後", "完成して", "完成した", "出来を見", "出来栄え", "出来上がり", "納品後", "納品され", "終わってから", "作業後", "最後に",
        "あとで", "後で", "後ほど", "そのとき", "その時");

    private readonly CueSet _sum = lex.Add("円", "見積", "相場", "時給", "単価");

    /// <summary>The finding for such a condition, or null.</summary>
    public Finding? Detect(ContentText text, StateChange change)
    {
        if (text.Has(_otherScheme))
        {
            return null;
        }

        var found = text.FirstWhere(_otherwise, this, static (t, h, self) => t.In(self._none, t.Near(h, 0, Reach)) && self.PayNear(t, h))
            ?? text.FirstWhere(_result, this, static (t, h, self) => self.PutOff(t, h))
            ?? text.FirstWhere(_outOf, this, static (t, h, self) => t.In(self._split, t.Near(h, Reach, Reach)) && !t.In(self._fixed, t.Near(h, Reach, Reach)))
            ?? (change.ActorRole == PartyRole.Worker ? null : text.FirstWhere(_setLater, this, static (t, h, self) => self.SetLater(t, h)));
        return found is { } f
            ? Findings.One(change, text, Categories.UncertainCompensation, Decision.Block, 0.8, "comp.commission_only", ReasonJa, false, f)
            : null;
    }

    // The amount named just before the setting or right after it, the work done around it, no sum or fixed fee there.
    private bool SetLater(ContentText text, Hit setting)
    {
        var around = text.Near(setting, Reach, 20);
        return text.In(_amount, text.Near(setting, 30, 12)) && text.In(_workDone, around) && !text.In(_sum, text.Near(setting, 60, 30))
            && !text.In(_fixed, around);
    }

    // A pay word in the stretch before the "otherwise" (its sentence and the one before), with no fixed fee there.
    private bool PayNear(ContentText text, Hit otherwise)
    {
        var around = text.Near(otherwise, 80, 20);
        return text.In(_pay, around) && !text.In(_fixed, around);
    }

    // The result's condition right after it, the pay said in the same clause after that, and no fixed fee.
    private bool PutOff(ContentText text, Hit result)
    {
        if (text.FindIn(_condition, text.Around(result, 24, 14)) is not { } c)
        {
            return false;
        }

        var clause = text.Around(c, 60, Reach, clause: true);
        return text.In(_pay, text.Around(c, 30, Reach, clause: true)) && !text.In(_fixed, clause);
    }
}
