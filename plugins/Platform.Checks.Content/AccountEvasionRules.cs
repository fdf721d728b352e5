using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反 told in new ways (round thirty-seven): fresh accounts made to take a once-only benefit again (「別のアカウントを作って
/// 何回も使えるように」, 「メールアドレスを変えてアカウント作りまくって…無料枠」, "a new email each week… the trial", "20 accounts… the welcome
/// bonus"); one account used by someone else or by many (「私のアカウントで代わりに出勤して」, 「十人で回して使えるように」, "log into my account
/// and grind", "12 people in different homes"); and a service's limit said and then got past (「上限があるから…制限を越えて送れるように」,
/// 「スクレイピング禁止って規約に書いてあるけど…平気だから」, 「悪い評価をリセット」). Part of <see cref="ExternalTosDetector"/>. Not the same
/// said refused, warned of or as the work of finding it.
/// </summary>
internal sealed class AccountEvasionRules(Lexicon lex)
{
    private const int Reach = 60;

    private readonly CueSet _fresh = lex.Add(
        "別のアカウントを作", "別アカウント作", "別アカウントを作", "別アカウントで", "アカウント作りまく", "アカウントを作りまく", "何個もアカウント",
        "アカウントを何個も", "メールアドレスを変えて", "いろいろな人の名前で", "色々な人の名前で", "視聴用のアカウント", "a new email", "new email each",
        "different emails", "20 accounts", "run 20 accounts", "many accounts");

    private readonly CueSet _benefit = lex.Add(
        "クーポン", "特典", "無料枠", "無料体験", "ボーナス", "紹介コード", "キャンペーン", "使い続け", "何回も", "同時接続", "再投稿", "ポイ活", "バレない",
        "trial", "welcome bonus", "bonus", "subscription", "cashback");

    private readonly CueSet _shared = lex.Add(
        "私のアカウントで代わりに", "のアカウントでログインして", "log into my account", "akaunto kashite", "私の分もログイン", "人で回して使",
        "一つのアカウントで", "何人分か", "in different homes", "代わりに運用", "password sharing");

    // Whose account, read right before it: the reader's own, the client's, one the client issues, an exam's (other_illegal's business).
    private readonly CueSet _ownUse = lex.Add(
        "ご自身の", "自身の", "自分の", "お使いの", "クライアント様", "お客様", "スタッフ", "管理者", "権限", "招待", "試験", "テスト", "受験", "検定");

    private readonly CueSet _limitPast = lex.Add(
        "越えて送れ", "超えて送れ", "延長できるように", "規約に書いてあるけど", "ってことで登録", "評価をリセット", "フォローしてはすぐ外",
        "何十個も開いて", "公式じゃない業者", "外部の売買サイト");

    // Refused, warned of, or the work of catching it: "断った", "禁止されている", "検知", "I can't".
    private readonly CueSet _aside = lex.Add(
        "断", "お受けできません", "できません", "禁止されて", "規約違反", "違反になる", "注意", "検知", "見つける", "対策", "防ぐ", "can't", "cant",
        "cannot", "not allowed", "flag", "flags", "detect", "abuse", "abusing");

    // The act said not to be done right after it: "別のアカウントを作らずに有料プランへ".
    private static readonly FoldedWords NotDone = new("らず", "らない", "りません", "ずに", "ないで", "ません");

    /// <summary>The finding for such an evasion, or null; <paramref name="no"/> tells a prohibition from a request.</summary>
    public Finding? Detect(ContentText text, StateChange change, TosProhibition no)
    {
        if (text.Has(_aside))
        {
            return null;
        }

        var found = text.FirstWhere(
                _fresh, this, static (t, h, self) => !NotDone.StartOf(t.Folded.AsSpan(h.End)) && t.In(self._benefit, t.Near(h, Reach, Reach)))
            ?? text.FirstWhere(_shared, this, static (t, h, self) => !t.In(self._ownUse, t.Near(h, 40, 40)))
            ?? text.Find(_limitPast);
        return found is { } f && !no.IsProhibited(text, f)
            ? Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.limit_bypass", ExternalTosDetector.ReasonJa, false, f)
            : null;
    }
}
