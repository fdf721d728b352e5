using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>
/// Which words are an app's name: a whole word (not inside a longer katakana word, a compound noun or a model number), ordinary
/// words that are also names (x, 電話, メール), described apps (あのアプリ), the apps with servers, direct messages or meetings, and the
/// masked and spaced spellings the name set is built from. <see cref="Masked"/> and <see cref="Spaced"/> run while
/// <see cref="Apps"/> is initialised and read no static field of this file.
/// </summary>
internal static partial class ChatAppDetector
{
    /// <summary>
    /// The first app in [from, to) named as itself (a whole word, not one that is also an ordinary word such as 電話 or メール, nor a
    /// described one), as (start, end), or (-1, -1).
    /// </summary>
    internal static (int Start, int End) NamedAppIn(ScanText s, int from, int to)
    {
        var t = s.Text;
        for (var at = Apps.IndexIn(s, from, to); at >= 0; at = Apps.IndexIn(s, at + 1, to))
        {
            var len = Apps.MatchLength(s, at);
            if (len > 0 && at + len <= to && IsWholeWord(s.Source, at, len) && !IsGeneric(t, at, len))
            {
                return (at, at + len);
            }
        }

        return (-1, -1);
    }

    // Apps with servers, groups or rooms joined by an invite code.
    private static bool HasServers(string t, int start, int len) =>
        t.AsSpan(start, len) is "discord" or "ディスコ-ド" or "ディスコ" or "slack" or "スラック" or "telegram" or "テレグラム" or "line" or "ライン"
            or "chatwork" or "チャットワ-ク" or "teams" or "zoom" or "ズ-ム" or "kakao" or "カカオ" or "カカオト-ク" or "wechat" or "whatsapp";

    // An SNS or chat app, which has direct messages of its own: not a phone, a mail box or a name that is also a letter or word.
    private static bool HasDirectMessages(string t, int start, int len) =>
        !DescribedNames.Contains(t.AsSpan(start, len)) && t.AsSpan(start, len) is not ("電話" or "でんわ" or "デンワ" or "メ-ル" or "携帯" or "ケ-タイ" or "x"
            or "meet" or "teams" or "signal" or "シグナル" or "sms" or "gmail" or "ジ-メ-ル" or "ヤフ-メ-ル" or "yahooメ-ル" or "フリ-メ-ル"
            or "ショ-トメ-ル" or "ショ-トメッセ-ジ" or "cメ-ル" or "個人メ-ル" or "zoom" or "ズ-ム" or "google meet" or "gmeet" or "グ-グルミ-ト"
            or "notion" or "ノ-ション");

    // Meeting apps, whose group events (説明会, セミナー) are held for many at once.
    private static bool IsMeetingApp(string t, int start, int len) =>
        t.AsSpan(start, len) is "zoom" or "ズ-ム" or "google meet" or "gmeet" or "グ-グルミ-ト" or "teams" or "チ-ムズ" or "meet" or "webex";

    // "LINE通話", "LINE電話": the app's call, which is talking there.
    private static bool IsCall(string t, int start, int len) =>
        len > 2 && (t.AsSpan(start, len).EndsWith("通話", StringComparison.Ordinal) || t.AsSpan(start, len).EndsWith("電話", StringComparison.Ordinal));

    // "いつものID", "前と同じID": an account both sides know, named by its ID alone.
    private static bool IsKnownId(string t, int start, int len)
    {
        var name = t.AsSpan(start, len);
        return name.EndsWith("id", StringComparison.Ordinal) || name.EndsWith("アイディ-", StringComparison.Ordinal);
    }

    // Names that are also ordinary words, and apps described rather than named (あのアプリ: also the app being built or
    // tested), need a stricter invitation.
    private static bool IsGeneric(string t, int start, int len) => IsOrdinaryWord(t, start, len) || DescribedNames.Contains(t.AsSpan(start, len));

    // Names that are also ordinary words (x, meet, 電話, メール, 携帯): inside a compound or beside a topic they are that word.
    private static bool IsOrdinaryWord(string t, int start, int len) =>
        t.AsSpan(start, len) is "x" or "meet" or "電話" or "メ-ル" or "携帯" or "ケ-タイ" or "signal" or "teams" or "threads" or "シグナル" or "ズ-ム" or "sms"
            or "instagram" or "インスタグラム" or "インスタ" or "insta" or "twitter" or "ツイッタ-" or "エックス" or "facebook" or "フェイスブック"
            or "tiktok" or "ティックトック" or "スレッズ" or "mixi" or "ミクシィ" or "gmail" or "ジ-メ-ル" or "ヤフ-メ-ル" or "yahooメ-ル"
            or "オ-プンチャット" or "オプチャ" or "フリ-メ-ル" or "notion" or "ノ-ション" or "来ン" or "ライソ" or "rain" or "イソスタ";

    // "上位報酬ラインまで進めて", "合格ライン", "生産ライン", "折れ線グラフ（ライン）": ライン ending a compound of a level, a line of
    // work or a drawn line, or glossing one in brackets, no app.
    private static bool IsLevelLine(string t, int start, int len) =>
        t.AsSpan(start, len) is "ライン" && LevelWords.EndOf(t.AsSpan(0, start > 0 && t[start - 1] == '(' ? start - 1 : start));

    // "打ち合わせに来んかもしれん", "明日は来んよ": 来ん as the dialect's "won't come", a place before it (に, へ, が) or a verb's ending after
    // it (かも, よ, ね, けど, と, じゃ, だろ, った), not the app's homophone ("来んのIDは…", "来んで話しましょう").
    private static bool IsComingVerb(string t, int start, int len) =>
        t.AsSpan(start, len) is "来ン"
        && ((start > 0 && t[start - 1] is 'ニ' or 'ヘ' or 'ガ') || (start + len < t.Length && t[start + len] is 'カ' or 'ヨ' or 'ネ' or 'ケ' or 'ト' or 'ジ' or 'ダ' or 'ッ' or 'ヤ' or 'ナ'));

    // "KJ-43X8000H", "2x4", "1920x1080": a one-letter name between digits is part of a model number or a size.
    // "forms.gle/ Qk7x": a one-letter name ending a run of letters and digits is the end of a code or link, too (not
    // "shiro_0x", a handle's digits and letter after an underscore).
    private static bool IsInModelNumber(string t, int start, int len) =>
        len == 1 && start > 0 && char.IsAsciiDigit(t[start - 1])
        && (start + 1 < t.Length && char.IsAsciiDigit(t[start + 1]) || (LetterInRunBefore(t, start) && (start + 1 >= t.Length || !char.IsLetter(t[start + 1]))));

    private static bool LetterInRunBefore(string t, int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - 12 && char.IsAsciiLetterOrDigit(t[k]); k--)
        {
            if (char.IsAsciiLetter(t[k]))
            {
                return true;
            }
        }

        return false;
    }

    // Kana names of three to eight chars spaced out to slip past filters: "ら い ん やってますか".
    private static IEnumerable<string> Spaced(string[] names) =>
        names.Where(n => n.Length is >= 3 and <= 8 && n.All(c => c is >= '\u3041' and <= '\u30FC')).Select(n => string.Join(' ', n.ToCharArray()));

    private static IEnumerable<string> Masked(string[] names)
    {
        foreach (var name in names)
        {
            if (name.Length < 3 || name.Contains(' ') || name.Contains('・') || name.Contains('.') || name.Contains('-') || IsOrdinaryWord(name, 0, name.Length))
            {
                continue;
            }

            for (var i = 1; i < name.Length - 1; i++)
            {
                foreach (var mask in Masks)
                {
                    yield return string.Concat(name.AsSpan(0, i), mask.ToString(), name.AsSpan(i + 1));
                }
            }
        }
    }

    // A pronoun is not one either, nor an adverb ending in kana: "ついでに僕Xもやってるので", "念のためXのアカウントも",
    // "とりあえずインスタのIDだけ貼っておきます".
    private static readonly string[] Adverbs =
        [.. new[] { "直接", "個別", "別途", "至急", "今後", "以降", "私", "僕", "俺", "ため", "とりあえず", "取り敢えず", "ひとまず", "まず", "ぜひ", "一応" }
            .Select(Phrases.Fold)];

    // お問い合わせメール, 確認メール: an ordinary word ending a compound noun (a kanji or katakana right before it).
    private static bool InCompound(FoldedText ft, int start)
    {
        if (start == 0 || char.IsAscii(ft.Folded[start]))
        {
            return false;
        }

        // An adverb is not the first half of a compound: "直接インスタのDMください", "至急メールで".
        var before = ft.Folded.AsSpan(0, start);
        foreach (var adverb in Adverbs)
        {
            if (before.EndsWith(adverb, StringComparison.Ordinal))
            {
                return false;
            }
        }

        // A hiragana ending a word counts too (お問い合わせメール), a particle does not (外部のメール, LINEかメール), nor a
        // conditional's ending (よければインスタで, よかったらインスタの).
        var o = ft.Original[ft.ToOriginal(start - 1)];
        return o is >= '\u4E00' and <= '\u9FFF' or >= '\u30A1' and <= '\u30FA' or 'ー'
            || (IsHiragana(o) && "のはをがでにともへやかねよなばら".IndexOf(o) < 0);
    }

    private static bool IsWholeWord(FoldedText ft, int start, int len)
    {
        var t = ft.Folded;
        var first = t[start];
        var last = t[start + len - 1];
        if (char.IsAsciiLetter(first))
        {
            return (start == 0 || !char.IsAsciiLetter(t[start - 1])) && (start + len >= t.Length || !char.IsAsciiLetter(t[start + len]));
        }

        return (start == 0 || !IsKatakanaWord(ft, start - 1) || !IsKatakana(first))
            && (start + len >= t.Length || !IsKatakanaWord(ft, start + len) || !IsKatakana(last));
    }

    private static bool IsKatakana(char c) => c is >= 'ァ' and <= 'ヺ' or '-';

    // As written: the fold turns hiragana into katakana, so this reads the original text.
    private static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';

    // Folding turns hiragana into katakana, so "ラインで" would look like one word: a char continues a
    // katakana word only if it was written in katakana (or as a long-vowel mark).
    private static bool IsKatakanaWord(FoldedText ft, int k)
    {
        if (!IsKatakana(ft.Folded[k]))
        {
            return false;
        }

        return !IsHiragana(ft.Original[ft.ToOriginal(k)]);
    }
}
