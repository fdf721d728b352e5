using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反 described with none of the usual words (no 垢, 量産, 転売, BAN): several accounts on one marketplace kept apart so that
/// the service does not stop them ("複数のアカウントを運用…停止されないように、端末を分けて"), free blogs opened by the dozen to link
/// to the client's site ("無料ブログを100個開設して、弊社サイトへのリンクを貼った記事を量産"), and accounts opened from a given
/// country's connection and handed over ("指定した国のIPで新規作成して…育ててから納品"). The client's own accounts run for it, blogs
/// written as the work without links farmed, and a prohibition ("複数アカウントの運用は禁止") are not. Part of
/// <see cref="ExternalTosDetector"/>.
/// </summary>
internal sealed class UnnamedBreachRules(Lexicon lex)
{
    // Several accounts on one service.
    private readonly CueSet _severalAccounts = lex.AddAct(
        "複数のアカウント", "複数アカウント", "アカウントを複数", "アカウント複数", "複数のショップアカウント", "サブアカウントを", "別アカウントを作",
        "別のアカウントを作", "2つ目のアカウント", "二つ目のアカウント");

    // Kept from being linked or stopped: "停止されないように", "紐付けられないよう", "端末を分けて".
    private readonly CueSet _keptApart = lex.Add(
        "停止されないよう", "停止されない様", "凍結されないよう", "banされないよう", "バンされないよう", "削除されないよう", "制限されないよう",
        "紐付けられないよう", "紐づけられないよう", "紐付かないよう", "紐づかないよう", "同一人物と", "同じ人と分から", "バレないよう", "ばれないよう",
        "端末を分けて", "端末を分け", "ipを分けて", "回線を分けて", "ipを変えて", "端末を別々", "名義を変えて", "別名義で");

    // Free blogs or satellite sites opened in numbers.
    private readonly CueSet _blogs = lex.AddAct(
        "無料ブログ", "サテライトサイト", "サテライトブログ", "ブログを開設", "ブログを作成", "ブログを量産", "ブログを大量", "ブログを複数");

    private readonly CueSet _link = lex.Add("リンクを貼", "リンクを張", "リンクを設置", "被リンク", "へのリンク", "リンクを入れ", "リンクを載せ");

    private readonly CueSet _many = lex.Add("量産", "大量", "個開設", "個作成", "個作って", "サイト作成", "個のブログ", "件のブログ", "数十", "数百");

    // A connection of a given country: "指定した国のIPで", "海外のVPNで".
    private readonly CueSet _countryLine = lex.Add(
        "国のip", "国のvpn", "海外のip", "海外ip", "海外のvpn", "現地のip", "指定のip", "指定したip", "国の回線", "海外の回線", "ipで新規",
        "vpnで新規", "ipで作成", "vpnで作成");

    private readonly CueSet _created = lex.Add("新規作成", "新規登録", "作成して", "開設して", "登録して", "作って");

    private readonly CueSet _handedOver = lex.Add("納品", "お渡し", "引き渡", "譲渡", "ログイン情報", "納めて");

    // The client's own accounts, run as the job.
    private readonly CueSet _ours = lex.Add("当社の", "弊社の", "自社の", "当店の", "私名義", "弊社名義", "当社名義");

    /// <summary>The finding for such a breach, or null; <paramref name="no"/> tells a prohibition from a request.</summary>
    public Finding? Detect(ContentText text, StateChange change, TosProhibition no)
    {
        var rules = (Self: this, No: no);
        var apart = text.FirstWhere(
            _severalAccounts,
            rules,
            static (t, h, r) => t.In(r.Self._keptApart, t.Near(h, 10, 80)) && !t.In(r.Self._ours, t.Near(h, 20, 0)) && !r.No.IsProhibited(t, h));
        if (apart is { } a)
        {
            return Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.multiple_identities", ExternalTosDetector.ReasonJa, false, a);
        }

        var farmed = text.FirstWhere(
            _blogs,
            rules,
            static (t, h, r) => t.In(r.Self._link, t.Near(h, 0, 80)) && (t.In(r.Self._many, t.Near(h, 20, 80)) || Counted(t, t.Near(h, 12, 0)))
                && !r.No.IsProhibited(t, h));
        if (farmed is { } f)
        {
            return Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.ranking_manipulation", ExternalTosDetector.ReasonJa, false, f);
        }

        var opened = text.FirstWhere(
            _countryLine,
            rules,
            static (t, h, r) => t.In(r.Self._created, t.Near(h, 0, 30)) && t.In(r.Self._handedOver, t.Near(h, 0, 100)) && !r.No.IsProhibited(t, h));
        return opened is { } o
            ? Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.account_mass_creation", ExternalTosDetector.ReasonJa, false, o)
            : null;
    }

    // "ブログを100個": a number of ten or more right before the blogs' counter, or written before the blog word ("100個の無料ブログ").
    private static bool Counted(ContentText text, Window before)
    {
        var span = text.Span(before);
        var at = span.IndexOfAny(Counters);
        return at > 0 && text.NumberBefore(before.Start + at, before.Start) >= 10;
    }

    private static readonly System.Buffers.SearchValues<char> Counters = System.Buffers.SearchValues.Create("個件つ");
}
