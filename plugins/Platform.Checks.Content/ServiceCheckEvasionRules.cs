using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反, a service's own checks slipped past: its copyright or reused-content matcher, its app review, its search
/// engine's link checks, its CAPTCHA, its regional prices, its online tests answered by a script, and terms known to forbid
/// it, with the "but" opening the next sentence. Part of <see cref="ExternalTosDetector"/>.
/// </summary>
internal sealed class ServiceCheckEvasionRules(Lexicon lex)
{
    // A platform's matcher named and dodged: "既存曲をContent IDに検出されないよう速さを変えて", "重複コンテンツの判定を回避できる編集".
    private readonly CueSet _matcher = lex.Add(
        "content id", "コンテンツid", "再利用されたコンテンツ", "重複コンテンツ", "著作権の自動検出", "著作権判定", "自動検出", "コンテンツ判定");

    private readonly CueSet _dodged = lex.Add(
        "に引っかからない", "に引っかからず", "にひっかからない", "を回避", "判定を回避", "をすり抜け", "に検出されない", "に検知されない",
        "にバレない", "にばれない", "を避けて", "を逃れ");

    // A reviewer or engine that must not notice: "審査中だけ無害な画面を見せる", "Googleに気づかれないよう記事の文体を変えて".
    private readonly CueSet _reviewerFooled = lex.Add(
        "審査にバレない", "審査にばれない", "審査でバレない", "審査でばれない", "審査の時だけ", "審査の間だけ", "審査中だけ", "審査をすり抜け",
        "審査では出せない", "審査を騙", "審査をごまか", "googleにバレない", "googleにばれない", "検索エンジンにバレない", "検索エンジンにばれない",
        "googleに気づかれない", "ペナルティを受けないよう");

    // A CAPTCHA passed by a script or a solving service: "hCaptchaを外部の解除サービスで解かせて".
    private readonly CueSet _captcha = lex.Add("recaptcha", "hcaptcha", "captcha", "画像認証", "キャプチャ認証");

    private readonly CueSet _solved = lex.Add("突破", "回避", "すり抜け", "解除サービス", "自動で解", "自動で通", "解かせ");

    // Regional prices played: "安い国のストアで買って日本向けに転売".
    private readonly CueSet _regionPrice = lex.Add(
        "地域価格", "国別価格", "安い国のアカウント", "安い国のストア", "安い地域のアカウント", "海外のアカウント経由", "他国のアカウント経由",
        "海外アカウント経由", "安い国から買", "安い国で買");

    private readonly CueSet _resale = lex.Add("まとめて買", "まとめて購入", "転売", "送って", "送付", "買って", "購入して");

    // A school's online test answered by a script: "オンライン小テストを自動解答するツール".
    private readonly CueSet _autoAnswer = lex.Add("自動で解答", "自動解答", "自動で回答・提出", "自動で解答・提出", "自動で答えを入力");

    // Terms said to forbid it, and the next sentence opening "でも": "…規約で禁止されているみたいです。でも面倒なので私のIDで".
    private readonly CueSet _forbidden = lex.Add(
        "禁止されて", "禁じられて", "規約違反", "規約上ng", "認められていない",
        // The prohibition and its "but" in one breath: "予約サイトの規約ではボットは禁止ですが、ばれない範囲で".
        "禁止ですが", "禁止だけど", "禁止なんですが", "禁止なんだけど", "ngですが", "ngだけど");

    private readonly CueSet _terms = lex.Add("規約", "ガイドライン", "ルール上");

    private readonly CueSet _butAnyway = lex.Add(
        "でも面倒", "でも、面倒", "でも手間", "でも、手間", "でもまあ", "でも大丈夫", "でもバレ", "でも、バレ", "でもばれ", "でも気にせず", "とはいえ面倒",
        "けど面倒", "ですが面倒",
        // Done anyway as long as no one notices: "…禁止ですが、ばれない範囲でお願いします".
        "ばれない範囲", "バレない範囲", "ばれないように", "バレないように", "ばれなければ", "バレなければ", "こっそり");

    // A marketplace's removal or search checks dodged by the listing's wording: "出品が消されないように、薬とわからないタイトルで",
    // "キャラ名は商品名に入れないで（検索回避のため）".
    private readonly CueSet _listingDodge = lex.Add(
        "出品が消されない", "出品を消されない", "出品が削除されない", "出品を削除されない", "出品が停止されない", "出品停止にならない",
        "出品が消されにくい", "削除されにくい出品", "検索回避");

    private readonly CueSet _marketplace = lex.Add("フリマ", "メルカリ", "ラクマ", "ヤフオク", "minne", "creema", "出品", "商品名", "タイトル");

    /// <summary>The finding for a service's check slipped past, or null; <paramref name="no"/> tells a prohibition from a request.</summary>
    public Finding? Detect(ContentText text, StateChange change, TosProhibition no)
    {
        var rules = (Self: this, No: no);
        var evaded = text.FirstWhere(_matcher, rules, static (t, h, r) => t.In(r.Self._dodged, t.After(h, 30)) && !r.No.IsProhibited(t, h))
            ?? text.FirstWhere(_reviewerFooled, rules, static (t, h, r) => !r.No.IsProhibited(t, h))
            ?? text.FirstWhere(_captcha, rules, static (t, h, r) => t.In(r.Self._solved, t.Near(h, 30, 120)) && !r.No.IsProhibited(t, h))
            ?? text.FirstWhere(_regionPrice, rules, static (t, h, r) => t.In(r.Self._resale, t.Near(h, 20, 60)) && !r.No.IsProhibited(t, h))
            ?? text.FirstWhere(
                _forbidden, rules, static (t, h, r) => t.In(r.Self._terms, t.Before(h, 40)) && t.In(r.Self._butAnyway, t.Near(h, 0, 30)))
            ?? text.FirstWhere(_listingDodge, rules, static (t, h, r) => t.In(r.Self._marketplace, t.Near(h, 80, 80)) && !r.No.IsProhibited(t, h));
        if (evaded is { } ev)
        {
            return Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.85, "tos.limit_bypass", ExternalTosDetector.ReasonJa, false, ev);
        }

        var cheated = text.FirstWhere(_autoAnswer, rules, static (t, h, r) => !r.No.IsProhibited(t, h));
        return cheated is { } ch
            ? Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.85, "tos.cheating", ExternalTosDetector.ReasonJa, false, ch)
            : null;
    }
}
