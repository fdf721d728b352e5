using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反, a dating or matching app used as a sales channel: the people met there, or its members messaged from an account
/// made for it, invited to the client's seminar, business or service ("マッチングアプリで知り合った方を当社のセミナーにお誘いして",
/// "競合の婚活アプリに会員登録して、そこで知り合った会員さんに当社サービスを案内するメッセージを送って"). Such apps forbid business
/// and solicitation between members. Being invited that way (a victim's account, a warning) is not. Part of <see cref="ExternalTosDetector"/>.
/// </summary>
internal sealed class AppSolicitationRules(Lexicon lex)
{
    private readonly CueSet _datingApp = lex.Add(
        "マッチングアプリ", "婚活アプリ", "恋活アプリ", "出会い系アプリ", "出会い系サイト", "婚活サイト", "マッチングサイト", "マッチングサービス", "婚活サービス");

    // The people reached are the app's members: "で知り合った方", "そこで知り合った会員さんに", "に会員登録して".
    private readonly CueSet _members = lex.Add(
        "で知り合", "で出会", "で仲良く", "そこで知り合", "会員さんに", "会員さんへ", "会員の方に", "会員の方へ", "会員に", "会員へ", "に会員登録して", "に登録して");

    // Invited or messaged on the client's behalf, as an order (not "誘われた", a victim's account).
    private readonly CueSet _solicit = lex.Add(
        "お誘いして", "お誘いください", "お誘いいただ", "誘ってください", "誘っていただ", "誘ってもら", "勧誘して", "勧誘してください", "勧誘していただ",
        "案内するメッセージ", "宣伝するメッセージ", "紹介するメッセージ", "営業メッセージ", "営業をかけ", "営業して", "誘導して", "誘導してください");

    // What they are invited to is the client's business.
    private readonly CueSet _business = lex.Add(
        "当社", "弊社", "自社", "セミナー", "サービス", "商品", "ビジネス", "投資", "サロン", "紹介料", "報酬", "円");

    // Written about such invitations: a warning, a victim's account, an article.
    private readonly CueSet _about = lex.Add("注意", "手口", "被害", "見分け", "対策", "記事", "コラム", "原稿", "誘われ", "勧誘され");

    /// <summary>The finding for a dating app used to solicit its members, or null; <paramref name="no"/> tells a prohibition from a request.</summary>
    public Finding? Detect(ContentText text, StateChange change, TosProhibition no)
    {
        if (!text.Has(_solicit) || text.Has(_about))
        {
            return null;
        }

        var used = text.FirstWhere(
            _datingApp,
            (Self: this, No: no),
            static (t, h, r) => t.In(r.Self._members, t.Near(h, 0, 60)) && t.FindIn(r.Self._solicit, t.Near(h, 0, 140)) is { } s
                && t.In(r.Self._business, new Window(h.End, s.End)) && !r.No.IsProhibited(t, h) && !r.No.IsProhibited(t, s));
        return used is { } u
            ? Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.solicitation", ExternalTosDetector.ReasonJa, false, u)
            : null;
    }
}
