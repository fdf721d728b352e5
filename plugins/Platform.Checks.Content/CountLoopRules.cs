using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反, a count raised by cycling plays or devices rather than buying it: a track or video looped, played by a tool or
/// on several phones until the number rises ("自動で再生を回す仕組みがあるので、数字は確実に上がります", "何台かのスマホで回して
/// 増やして"); and engagement (stars, likes, follows) given from several accounts named by their service ("複数のGitHubアカウントで
/// スターを付け"). A loop as a feature ("ループ再生できるBGM"), devices used to test the work and the client's own accounts run for it
/// are not. Part of <see cref="ExternalTosDetector"/>.
/// </summary>
internal sealed class CountLoopRules(Lexicon lex)
{
    // Plays cycled by a loop, a tool or a handful of devices.
    private readonly CueSet _cycled = lex.Add(
        "ループ再生", "繰り返し再生", "再生をループ", "再生を回", "自動で再生", "自動再生を回", "再生し続け", "再生させ続け", "流し続け", "聴き続け",
        "スマホで回", "端末で回", "台で回", "アカウントで回", "垢で回",
        // Devices or a tool allowed for the count: "再生回数を10万回まで伸ばして…ツールや複数端末を使っていただいて構いません".
        "複数端末", "複数の端末", "端末を複数", "複数台の端末", "複数台のスマホ", "スマホを複数", "再生ツール", "自動再生ツール", "ツールで再生",
        "botで再生", "ボットで再生", "ツールや複数", "ツールを使っていただいて", "ツールを使っても", "ツール使用可", "ツールの使用も可");

    // The number said to rise: "伸ばせます", "増やして", "数字は確実に上がります", "1000回くらい".
    private readonly CueSet _raised = lex.Add(
        "伸ば", "伸び", "増や", "増え", "稼", "数字は", "数字が", "上がり", "上がる", "上げ", "回くらい", "回ほど", "万回");

    private readonly CueSet _playCount = lex.Add("再生", "視聴", "リスナー", "聴く", "回数");

    // Devices used to check the work itself: "何台かのスマホで再生確認を".
    private readonly CueSet _deviceTest = lex.Add("動作確認", "表示確認", "再生確認", "検証", "テスト", "確認して", "確認を", "実機確認", "不具合");

    // Several accounts, with the service named between: "複数のGitHubアカウント", "いくつものXアカウント".
    private readonly CueSet _several = lex.Add("複数の", "いくつもの", "多数の", "大量の", "数十の", "何十もの", "何個もの", "たくさんの", "沢山の");

    private readonly CueSet _accountWord = lex.Add("アカウント", "垢");

    private readonly CueSet _engaged = lex.Add(
        "スターを付け", "スターをつけ", "スターを押", "スターして", "いいねを", "いいねし", "フォローし", "高評価を", "評価を付け", "評価をつけ", "再生し",
        "投票し");

    // The client's own accounts, run as the job: "弊社の複数のSNSアカウントの運用".
    private readonly CueSet _ours = lex.Add("当社", "弊社", "御社", "貴社", "自社", "当店", "公式", "運用", "管理");

    /// <summary>The finding for a count cycled up or engagement from several accounts, or null; <paramref name="no"/> tells a prohibition from a request.</summary>
    public Finding? Detect(ContentText text, StateChange change, TosProhibition no)
    {
        var rules = (Self: this, No: no);
        var cycled = text.FirstWhere(
            _cycled,
            rules,
            static (t, h, r) => t.In(r.Self._raised, t.Near(h, 20, 50)) && t.In(r.Self._playCount, t.Near(h, 60, 40))
                && !t.In(r.Self._deviceTest, t.Near(h, 30, 30)) && !r.No.IsProhibited(t, h));
        if (cycled is { } c)
        {
            return Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.fake_followers", ExternalTosDetector.ReasonJa, false, c);
        }

        var engaged = text.FirstWhere(_several, rules, static (t, h, r) => r.Self.IsEngagedFromMany(t, h, r.No));
        return engaged is { } e
            ? Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.multiple_identities", ExternalTosDetector.ReasonJa, false, e)
            : null;
    }

    // "複数の…アカウントで" with nothing but a service's name between, then a star, like or follow given from them.
    private bool IsEngagedFromMany(ContentText text, Hit several, TosProhibition no)
    {
        if (AccountsOf(text, several, _accountWord) is not { } accounts)
        {
            return false;
        }

        return text.In(_engaged, text.After(accounts, 40)) && !text.In(_ours, text.Near(several, 20, 30)) && !no.IsProhibited(text, several)
            && !no.IsProhibited(text, accounts);
    }

    /// <summary>
    /// The account word a "several" word counts ("複数のGitHubアカウント", "いくつものXアカウント"): within a few characters after
    /// it, with no comma or stop between; null when there is none.
    /// </summary>
    internal static Hit? AccountsOf(ContentText text, Hit several, CueSet accountWord)
    {
        var reach = Math.Min(text.Folded.Length, several.End + 16);
        var gap = text.Folded.AsSpan(several.End, reach - several.End).IndexOfAny(Breaks);
        var window = new Window(several.End, gap < 0 ? reach : several.End + gap);
        return text.FindIn(accountWord, window);
    }

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create("、,。!?\n");
}
