namespace Platform.Checks.Contact;

/// <summary>
/// IDs, handles and codes written out: a handle right after the app's name (LINE ID: sato_88), one spelt a char at a time, an ID
/// given to be added, a server's invite code, a Skype live: ID and an old Discord tag (name#1234).
/// </summary>
internal static partial class ChatAppDetector
{
    /// <summary>End of an ID written right after the app name ("LINE ID: sato_88", "インスタ @sato.d"), or -1.</summary>
    private static int HandleAfter(string t, int i, bool idGiven)
    {
        var limit = Math.Min(t.Length, i + 12);
        var sawId = idGiven;
        var looseParticle = false;
        while (i < limit)
        {
            var c = t[i];
            if (c == 'i' && i + 1 < t.Length && t[i + 1] == 'd' && (i + 2 >= t.Length || !char.IsAsciiLetter(t[i + 2])))
            {
                sawId = true;
                i += 2;
                continue;
            }

            if (t.AsSpan(i).StartsWith("アイディ") || t.AsSpan(i).StartsWith("アイデ-"))
            {
                sawId = true;
                i += 4;
                continue;
            }

            if (t.AsSpan(i).StartsWith("号码") || t.AsSpan(i).StartsWith("号碼"))
            {
                // "QQ（号码：287551093）": the number of a Chinese app's account is its ID.
                sawId = true;
                i += 2;
                continue;
            }

            if (t.AsSpan(i).StartsWith("名前") || t.AsSpan(i).StartsWith("ナマエ"))
            {
                // "Skypeの名前は taro_design": the name on the app is its ID.
                sawId = true;
                i += t[i] == '名' ? 2 : 3;
                continue;
            }

            if (c == '@' || char.IsAsciiLetterOrDigit(c))
            {
                break;
            }

            if (char.IsLetter(c) && c is not ('ハ' or 'ノ' or 'デ' or 'ヲ' or 'ガ' or 'モ' or '-'))
            {
                // "Discordだと hinata_0827", "LINEなら taro.k": a handle with letters in it after だと, なら, に.
                if (c is not ('ダ' or 'ト' or 'ナ' or 'ラ' or 'ニ'))
                {
                    return -1;
                }

                looseParticle = true;
            }

            if (c is '。' or '\n' or '!' or '?')
            {
                return -1;
            }

            i++;
        }

        if (i >= limit)
        {
            return -1;
        }

        var at = t[i] == '@';
        var s = at ? i + 1 : i;
        var e = s;
        var marks = false;
        var letters = false;
        while (e < t.Length && e - s < 40 && (char.IsAsciiLetterOrDigit(t[e]) || t[e] is '_' or '.' or '-' or '#' or ':'))
        {
            marks |= char.IsAsciiDigit(t[e]) || t[e] is '_' or '.' or '#';
            letters |= char.IsAsciiLetter(t[e]);
            e++;
        }

        if (!at && e - s == 1 && SpelledOut(t, s) is var spelled and > 0)
        {
            // "line→k・o・b・a・y・a・s・h・i 7 7": the handle spelt one char at a time, to slip past a filter.
            return spelled;
        }

        var length = e - s;
        if (!at && IsMeasure(t.AsSpan(s, length)))
        {
            // "ラインを0.5ptから": a line width, not a handle.
            return -1;
        }

        return length >= 3 && (at || sawId || (marks && length >= 4)) && (letters || !looseParticle) ? e : -1;
    }

    private const int SpelledChars = 5;

    // End of single Latin letters or digits each set apart by "・" or a space ("k・o・b・a・y・a・s・h・i 7 7"), five or more, or -1.
    private static int SpelledOut(string t, int s)
    {
        var n = 0;
        var e = s;
        var i = s;
        while (i < t.Length && n < 40 && char.IsAsciiLetterOrDigit(t[i]) && (i + 1 >= t.Length || !char.IsAsciiLetterOrDigit(t[i + 1])))
        {
            n++;
            e = i + 1;
            var j = e;
            while (j < t.Length && j - e < 2 && t[j] is '・' or ' ')
            {
                j++;
            }

            if (j == e)
            {
                break;
            }

            i = j;
        }

        return n >= SpelledChars ? e : -1;
    }

    // A number with a short unit after it (0.5pt, 20px, 1.2mm, 300dpi): a measure, which no handle looks like (a meeting
    // ID of digits alone is one).
    private static bool IsMeasure(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] is '.' or ','))
        {
            i++;
        }

        return i > 0 && s.Length - i is >= 1 and <= 3 && !s[i..].ContainsAnyExceptInRange('a', 'z');
    }

    // An app named, even as the work's topic, and an ID with its handle given for the reader to add ("マニュアルはラインでお送りするので、
    // ID「shinjuku_stay_ops」を追加してからご応募ください"): the way to reach the writer there, whatever the sentence is about.
    private static void AddIdsToAdd(ScanText s, List<Hit> hits)
    {
        var t = s.Text;
        foreach (var (start, len) in IdWords.In(s, hits))
        {
            if (t[start] == '@' || !char.IsAsciiLetter(t[start]) || (start > 0 && IsWordBefore(s.Source, start - 1))
                || (start + len < t.Length && char.IsAsciiLetter(t[start + len])))
            {
                continue;
            }

            var end = HandleAfter(t, start + len, idGiven: true);
            var add = end;
            while (add > 0 && add < t.Length && add - end < 2 && t[add] is '」' or '』' or ')' or ' ')
            {
                add++;
            }

            if (end > 0 && IdAdded.MatchLength(t, add) > 0)
            {
                hits.Add(new Hit(Codes.ChatApp, start, end - start, 0.9, Soft: false));
            }
        }
    }

    private static readonly Phrases IdAdded = Phrases.Unindexed(
        "を追加し", "を追加の", "を友だち追加", "を友達追加", "をフォローし", "で追加し", "で友だち追加", "で友達追加", "で検索し");

    // End of an invite code right after its word (past "は", ":" and spaces): five chars or more of Latin letters and digits, with
    // both, or letters joined by a hyphen or underscore into a slug of six or more ("招待コード：kintore-base"), or -1.
    private static int CodeAfter(string t, int i)
    {
        var limit = Math.Min(t.Length, i + 6);
        while (i < limit && t[i] is ' ' or ':' or 'ハ' or '=' or '(' or '「' or '『' or '→')
        {
            i++;
        }

        var e = i;
        var letters = false;
        var digits = false;
        var joined = false;
        while (e < t.Length && e - i < 32 && (char.IsAsciiLetterOrDigit(t[e]) || t[e] is '-' or '_'))
        {
            letters |= char.IsAsciiLetter(t[e]);
            digits |= char.IsAsciiDigit(t[e]);
            joined |= e > i && t[e] is '-' or '_' && e + 1 < t.Length && char.IsAsciiLetter(t[e + 1]);
            e++;
        }

        return (e - i >= 5 && letters && digits) || (e - i >= 6 && letters && joined) ? e : -1;
    }

    private static int SkipSpaces(string t, int i)
    {
        while (i < t.Length && t[i] == ' ')
        {
            i++;
        }

        return i;
    }

    // "live:.cid.3f9a2b7e10", "live:tanaka_1": a Skype ID in the form Skype gives it, wherever Skype is named or the ".cid." form is used.
    private static void AddSkypeLiveIds(string t, List<Hit> hits)
    {
        for (var at = t.IndexOf("live:", StringComparison.Ordinal); at >= 0 && hits.Count < Hit.MaxPerText; at = t.IndexOf("live:", at + 5, StringComparison.Ordinal))
        {
            var skype = t.Contains("skype", StringComparison.Ordinal) || t.Contains("スカイプ", StringComparison.Ordinal);
            var from = at + 5;
            if (skype && JoinedAfter.MatchLength(t, SkipSpaces(t, from)) is var joined and > 0)
            {
                // "live: のあとに kenji.b.translate を付けて": the ID joined to the prefix in words.
                from = SkipSpaces(t, SkipSpaces(t, from) + joined);
            }

            var e = from;
            while (e < t.Length && (char.IsAsciiLetterOrDigit(t[e]) || t[e] is '_' or '.' or '-'))
            {
                e++;
            }

            var cid = t.AsSpan(at + 5).StartsWith(".cid.");
            if ((at == 0 || !char.IsAsciiLetterOrDigit(t[at - 1])) && e - from >= 4 && (cid || skype))
            {
                hits.Add(new Hit(Codes.ChatApp, at, e - at, 0.9, Soft: false));
            }
        }
    }

    // "今の雰囲気はInstagram（@lune_et_soie_acc）をご覧いただくと分かりやすいと思います": in a job post or a worker's page, the
    // brand's account given to look at for the work, with no word of contact anywhere in the text.
    private static bool IsShownToLookAt(ScanText s, int start, int end)
    {
        var t = s.Text;
        return LookAt.IndexIn(s, end, Sentence.EndOf(t, end)) >= 0 && Keywords.ContactIntentStrict.IndexIn(s, 0, t.Length) < 0;
    }

    // "sakura_edit#2048": a name and a four-digit tag, the old Discord form, written without "ID" before it.
    private static void AddDiscordTags(string t, List<Hit> hits)
    {
        for (var hash = t.IndexOf('#'); hash > 0 && hits.Count < Hit.MaxPerText; hash = t.IndexOf('#', hash + 1))
        {
            var end = hash + 1;
            while (end < t.Length && char.IsAsciiDigit(t[end]))
            {
                end++;
            }

            var start = hash;
            var letters = false;
            while (start > 0 && (char.IsAsciiLetterOrDigit(t[start - 1]) || t[start - 1] is '_' or '.'))
            {
                letters |= char.IsAsciiLetter(t[--start]);
            }

            if (end - hash == 5 && hash - start >= 3 && letters && (end == t.Length || !char.IsAsciiLetterOrDigit(t[end])))
            {
                hits.Add(new Hit(Codes.ChatApp, start, end - start, 0.9, Soft: false));
            }
        }
    }
}
