using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 報酬不確定, the pay of the work withheld on an outcome the worker cannot ensure, said without a pay scheme's name: the whole fee
/// lost on a single error found ("入力ミスが1件でも見つかった場合は報酬のお支払いはありません"), a piece paid only if adopted, said
/// inside the contract ("不採用なら報酬なしでお願いします"; in a selection or before the contract it is spec work, unpaid_sample), and the
/// rest of a token fee left to the results ("残りは、この記事経由の申込が入ったら、件数に応じて後から追加します"). Part of
/// <see cref="UncertainCompensationDetector"/>, which hands it its cue families. Not: errors fixed free of charge, the rest paid on
/// delivery or once the work is accepted ("残りは検収が通ったらお支払いします"), the rest paid by the length of the work.
/// </summary>
internal sealed class WithheldPayRules(Lexicon lex)
{
    private const string Category = Categories.UncertainCompensation;

    // A single error anywhere, or errors found: "ミスが1件でも見つかった場合", "1つでも誤字があれば", "不備があった場合は".
    private readonly CueSet _anyError = lex.Add(
        "ミスが1件でも", "ミスが一件でも", "ミスが1つでも", "ミスが一つでも", "ミスが1箇所でも", "ミスが一箇所でも", "誤りが1件でも", "誤りが一件でも",
        "誤りが1つでも", "誤りが一つでも", "誤りが1箇所でも", "不備が1件でも", "不備が1つでも", "不備が一つでも", "誤字が1つでも", "誤字が一つでも",
        "間違いが1つでも", "間違いが一つでも", "間違いが1件でも", "1件でもミス", "一件でもミス", "1つでもミス", "一つでもミス", "1箇所でもミス",
        "1件でも誤", "1つでも誤", "一つでも誤", "1件でも不備", "1つでも不備", "一つでも不備", "1つでも間違", "一つでも間違", "1件でも間違",
        "ミスがあった場合", "ミスが見つかった場合", "ミスがあれば", "誤りがあった場合", "誤りが見つかった場合", "不備があった場合", "不備が見つかった場合");

    // The rest of the fee: "残りは", "残りの報酬は".
    private readonly CueSet _rest = lex.Add(
        "残りは", "残りの報酬は", "残りの金額は", "残りのお支払いは", "残りの分は", "残額は", "残金は", "差額は");

    // Results coming in, read only after the rest: "残りは、…申込が入ったら", "予約が入り次第".
    private readonly CueSet _arrives = lex.Add(
        "申込が入", "申し込みが入", "お申込みが入", "予約が入", "ご予約が入", "注文が入", "ご注文が入", "問い合わせが入", "お問い合わせが入",
        "購入が入", "成約が入", "契約が入");

    // The rest paid at a step of the work itself or on the client's own approval, which is no result: "残りは検収が通ったら", "残りは納品後に".
    private readonly CueSet _milestone = lex.Add("検収", "納品", "完成", "仕上が", "修正", "公開後すぐ", "稟議", "社内", "承認");

    /// <summary>The finding for pay withheld so, or null.</summary>
    public Finding? Detect(ContentText text, StateChange change, string reasonJa, in WithheldCues cues)
    {
        var error = text.FirstWhere(_anyError, cues.Zero, static (t, h, zero) => t.In(zero, t.After(h, 40)));
        if (error is { } e)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.withheld_on_error", reasonJa, false, e);
        }

        // Inside the contract, with no selection, test or entry named anywhere: the contracted piece paid only if adopted.
        var inContract = change.TextKind == TextKind.Message && change.Stage is not (DealStage.Open or DealStage.PreContract)
            && !text.Has(cues.Selection);
        var notPicked = inContract ? text.FirstWhere(cues.NotPicked, cues.Zero, static (t, h, zero) => t.In(zero, t.After(h, 20))) : null;
        if (notPicked is { } np)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.commission_only", reasonJa, false, np);
        }

        var rest = text.FirstWhere(_rest, (Self: this, Cues: cues), static (t, h, s) => s.Self.LeftToResults(t, t.After(h, 60), s.Cues));
        return rest is { } r ? Findings.One(change, text, Category, Decision.Block, 0.8, "comp.contingent_on_revenue", reasonJa, false, r) : null;
    }

    // The rest waits for an event ("…を超えた時点で") or for results coming in ("予約が入ったら"), or follows a count of results
    // ("申込の件数に応じて"), and no step of the work itself is named.
    private bool LeftToResults(ContentText text, Window window, in WithheldCues cues) =>
        (text.In(cues.Contingent, window) || text.In(_arrives, window)
            || ((text.In(cues.Outcome, window) || text.In(cues.Basis, window)) && text.In(cues.CountLink, window)))
        && !text.In(_milestone, window);
}
