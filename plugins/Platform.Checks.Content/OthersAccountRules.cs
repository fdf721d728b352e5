using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反 through an account that is not the writer's to use that way: a service's per-account cap reached and someone
/// else's account asked for to go on ("出品数の上限に達してしまったので、残りはあなたのアカウントでも出品してもらえますか"), and a
/// dead person's account logged into and kept posting as that person ("亡くなった兄のFacebookに…本人として近況を投稿し続けて").
/// A cap reached and waited out, the account memorialised or closed, or the stand-in ruled out, is not. Part of
/// <see cref="ExternalTosDetector"/>.
/// </summary>
internal sealed class OthersAccountRules(Lexicon lex)
{
    // A per-account cap reached.
    private readonly CueSet _capReached = lex.Add(
        "上限に達し", "上限に到達", "上限数に達", "上限を超えてしま", "上限いっぱい", "上限まで使", "上限に来て", "上限になってしま", "上限になった");

    // What the cap counts, named just before: "出品数の上限", "投稿の上限".
    private readonly CueSet _cappedAct = lex.Add(
        "出品", "投稿", "応募", "購入", "予約", "申込", "申し込", "送信", "掲載", "出店", "登録数", "フォロー数", "dm");

    // Another account or name that goes on past it.
    private readonly CueSet _otherAccount = lex.Add(
        "あなたのアカウント", "ご自身のアカウント", "そちらのアカウント", "あなたの名義", "ご自身の名義", "あなたの名前で", "ご自身の名前で",
        "家族のアカウント", "知人のアカウント", "友人のアカウント", "友達のアカウント", "他の人のアカウント", "別のアカウント", "別アカウント",
        "別アカ", "サブアカウント", "サブ垢", "新しいアカウント", "別名義", "別の名義", "代わりに出品", "代わりに投稿", "代わりに応募", "代わりに購入",
        "代わりに予約", "アカウントを増や", "アカウントをもう");

    // A stand-in ruled out after the cap: "…別のアカウントを作るのはやめて、来月まで待ちます".
    private readonly CueSet _notDone = lex.Add(
        "できない", "できません", "しません", "しない", "不可", "禁止", "ng", "やめ", "避け", "待ちます", "待つ", "お断り", "ご遠慮");

    // A dead person.
    private readonly CueSet _deceased = lex.Add("亡くなった", "亡くなられた", "故人", "他界した", "他界された", "亡き", "死去した");

    // Posting as that person, or keeping the death from the account's readers.
    private readonly CueSet _asOwner = lex.Add(
        "本人として", "本人のふり", "本人になりすま", "本人になりきっ", "本人を装", "本人が投稿しているよう", "本人が書いているよう", "生きているかのよう",
        "生きているように", "存命であるかのよう", "存命のよう", "亡くなったことを知られ", "亡くなったことをまだ知られ", "亡くなったことを伏せ",
        "亡くなったことは伏せ", "亡くなったことを隠", "亡くなったことは内緒", "亡くなったことは秘密");

    // The account reached: the service, the login.
    private readonly CueSet _login = lex.Add(
        "アカウント", "ログイン", "パスワード", "facebook", "フェイスブック", "instagram", "インスタ", "twitter", "sns", "line", "ブログ", "mixi", "tiktok");

    private readonly CueSet _post = lex.Add("投稿", "更新", "近況", "返信", "書き込", "つぶや", "ポスト", "メッセージを送");

    // Work that closes or memorialises the account: what the platforms offer the bereaved.
    private readonly CueSet _closing = lex.Add(
        "追悼アカウント", "追悼設定", "追悼モード", "削除", "解約", "退会", "閉鎖", "停止の手続き", "削除の手続き", "デジタル遺品の整理", "訃報");

    /// <summary>The finding for a capped service gone round through another's account, or a dead person's account kept posting, or null.</summary>
    public Finding? Detect(ContentText text, StateChange change, TosProhibition no)
    {
        var capped = text.FirstWhere(
            _capReached,
            (Self: this, No: no),
            static (t, h, s) => t.In(s.Self._cappedAct, t.Before(h, 20))
                && t.FirstIn(s.Self._otherAccount, t.Around(h, 0, 100), s, static (t, a, s) => !t.In(s.Self._notDone, t.After(a, 24)) && !s.No.IsProhibited(t, a))
                    is not null
                && !s.No.IsProhibited(t, h));
        if (capped is { } c)
        {
            return Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.limit_bypass", ExternalTosDetector.ReasonJa, false, c);
        }

        var kept = text.FirstWhere(
            _asOwner,
            (Self: this, No: no),
            static (t, h, s) => t.In(s.Self._deceased, t.Near(h, 160, 160)) && t.In(s.Self._login, t.Near(h, 120, 60)) && t.In(s.Self._post, t.Near(h, 60, 60))
                && !t.In(s.Self._notDone, t.After(h, 24)) && !t.In(s.Self._closing, t.Near(h, 120, 120)) && !s.No.IsProhibited(t, h));
        return kept is { } k
            ? Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.impersonation", ExternalTosDetector.ReasonJa, false, k)
            : null;
    }
}
