using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>
/// An account on an outside app or SNS given by its display name instead of an ID ("インスタもやってます。アカウント名は「みどり
/// 手芸店」で出てきます"), or hinted at so that no filter sees it ("僕のアカウント名をヒントで言うと「猫の名前＋誕生日」です"): the
/// way to find the writer there; or the reader's name on it asked for. Read only with an app named somewhere in the field.
/// </summary>
internal static class AccountNameDetector
{
    private const int QuoteReach = 30;

    /// <summary>The account's name introduced, or a hint to it announced.</summary>
    internal static readonly Phrases Cues = new(
        "アカウント名は", "アカウント名「", "アカウント名『", "ユーザー名は", "ユーザー名「", "ユーザー名『", "ユーザ名は", "プロフ名は", "プロフ名「",
        "プロフィール名は", "プロフィール名「", "表示名は", "表示名「",
        "アカウント名をヒント", "アカウント名のヒント", "ユーザー名をヒント", "ユーザー名のヒント", "idをヒント", "idのヒント",
        // The reader's name on the app asked for: "連絡はテレグラムで取っています。応募時に@から始まるユーザー名をお知らせください".
        "ユーザー名をお知らせ", "ユーザー名を教え", "アカウント名をお知らせ", "アカウント名を教え");

    /// <summary>Right after the quoted name: the reader is to search for it ("「…」で出てきます", "「…」でヒットします").</summary>
    private static readonly Phrases FoundBy = Phrases.Unindexed(
        "で出てき", "で出てく", "で出ます", "でヒット", "で見つか", "で検索", "と検索", "を検索", "を探し", "で探し");

    public static void Detect(ScanText s, List<Hit> hits)
    {
        var t = s.Text;
        if (!ChatAppDetector.Apps.AnyIn(s))
        {
            return;
        }

        foreach (var (start, len) in Cues.In(s, hits))
        {
            var end = start + len;
            var sentence = Sentence.StartOf(t, start);
            if (Keywords.WorkTopic.IndexIn(s, sentence, Sentence.EndOf(t, end)) >= 0)
            {
                // "運用中のアカウント名は「…」です": the account the work is done on.
                continue;
            }

            if (t.AsSpan(start, len).EndsWith("ヒント", StringComparison.Ordinal) || t.AsSpan(start, len).EndsWith("オ知ラセ", StringComparison.Ordinal)
                || t.AsSpan(start, len).EndsWith("教エ", StringComparison.Ordinal))
            {
                hits.Add(new Hit(Codes.ChatApp, start, len, 0.75, Soft: true));
                continue;
            }

            var open = t.IndexOfAny(['「', '『'], end - 1, Math.Min(3, t.Length - end + 1));
            if (open < 0)
            {
                continue;
            }

            var close = t.IndexOf(t[open] == '「' ? '」' : '』', open + 1, Math.Min(QuoteReach, t.Length - open - 1));
            if (close > 0 && FoundBy.MatchLength(t, close + 1) > 0)
            {
                hits.Add(new Hit(Codes.ChatApp, start, close + 1 + FoundBy.MatchLength(t, close + 1) - start, 0.8, Soft: true));
            }
        }
    }
}
