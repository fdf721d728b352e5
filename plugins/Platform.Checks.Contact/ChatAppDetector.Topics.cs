namespace Platform.Checks.Contact;

/// <summary>
/// Whether an app named is the work's subject or something else than a way to talk: a topic word right after or before it
/// (LINE Creators Market, Slack API), a noun use (電話番号, LINEポイント), a list the work is sorted by, a code printed on the piece
/// being made, or an app used with a third party or with a problem to fix.
/// </summary>
internal static partial class ChatAppDetector
{
    private static bool IsTopic(ScanText s, int start, int end)
    {
        var t = s.Text;
        // discord.py, line-bot-sdk, slack_sdk: a library name, so a technical subject.
        if (end + 1 < t.Length && t[end] is '.' or '-' or '_' && char.IsAsciiLetter(t[end + 1]))
        {
            return true;
        }

        // "LINE Creators Market", "Slack API": a product or part of the app named right after it is the subject.
        var named = end < t.Length && t[end] == ' ' ? end + 1 : end;
        if (named > end && Keywords.WorkTopic.IndexIn(s, named, named + ProductReach) == named)
        {
            return true;
        }

        // "Discordのほうが通知を見落とさないので": the app compared as a channel, the word after it is not the work's topic.
        if (t.AsSpan(end).StartsWith("ノホウガ") || t.AsSpan(end).StartsWith("ノ方ガ"))
        {
            return false;
        }

        // "LINE WORKSへの通知": a product of the app named by a word of its own; the topic is looked for past that word.
        end = PastProductWord(t, end);

        // "Discordサーバーのbot開発": the server's bot, so the topic is looked for past "サーバーの".
        // "Teamsのワークフロー設計": a part of the app past "の" also.
        // "Telegramグループの人数": the group's figure, past "グループの" likewise.
        var reach = t.AsSpan(end).StartsWith("サ-バ-ノ") || t.AsSpan(end).StartsWith("グル-プノ") ? TopicAfter + 4
            : end < t.Length && t[end] == 'ノ' ? TopicAfter + 2 : TopicAfter;
        var after = Keywords.WorkTopic.IndexIn(s, end, end + reach);
        if (after >= 0 && !HasSentenceEnd(t, end, after))
        {
            return true;
        }

        // "TeamViewerの使い方はLINEで": the topic is the subject, the app the channel it is talked about on.
        var before = Keywords.WorkTopic.IndexIn(s, start - TopicBefore, start);
        var channel = start > 0 && t[start - 1] is 'ハ' or 'モ' && end < t.Length && t[end] == 'デ';
        return before >= 0 && !HasSentenceEnd(t, before, start) && !channel;
    }

    // "line works", "google chat": past one Latin word of two or more letters written after a space, else end itself.
    private static int PastProductWord(string t, int end)
    {
        if (end + 2 >= t.Length || t[end] != ' ' || !char.IsAsciiLetter(t[end + 1]))
        {
            return end;
        }

        var e = end + 1;
        while (e < t.Length && char.IsAsciiLetter(t[e]))
        {
            e++;
        }

        return e - end - 1 >= 2 && !t.AsSpan(end + 1, e - end - 1).SequenceEqual("id") ? e : end;
    }

    // 電話番号, メールアドレス: contact nouns, handled by the invitation detector. "LINE風のチャット", "Slackみたいな": a likeness.
    // "LINEギフト限定セット", "LINEポイント", "LINEマンガ": another service of the app's maker, named as a product.
    private static bool IsNounUse(string t, int end) =>
        t.AsSpan(end).StartsWith("番号") || t.AsSpan(end).StartsWith("アドレス") || t.AsSpan(end).StartsWith("対応")
        || t.AsSpan(end).StartsWith("ギフト") || t.AsSpan(end).StartsWith("ポイント") || t.AsSpan(end).StartsWith("マンガ")
        || t.AsSpan(end).StartsWith("ミュ-ジック") || t.AsSpan(end).StartsWith("ショッピング")
        // "Zoomの参加方法を教えて": how to join the app's meetings, taught as the work (not "参加方法はインスタで", where the app is the way).
        || t.AsSpan(end).StartsWith("ノ参加方法") || t.AsSpan(end).StartsWith("ヘノ参加方法") || t.AsSpan(end).StartsWith("ノ参加ノ仕方")
        || t.AsSpan(end).StartsWith("参加方法") || t.AsSpan(end).StartsWith("ノ参加ノシカタ") || t.AsSpan(end).StartsWith("参加ノシカタ")
        || t.AsSpan(end).StartsWith("風ノ") || t.AsSpan(end).StartsWith("ノヨウナ") || t.AsSpan(end).StartsWith("ミタイナ");

    private static bool SentenceHasTopic(ScanText s, int start, int end) =>
        Keywords.WorkTopic.IndexIn(s, Sentence.StartOf(s.Text, start), Sentence.EndOf(s.Text, end)) >= 0;

    // The same outside the name when the name is a description whose own words are topics ("緑のアイコンのアプリ" holds "アイコン").
    private static bool SentenceHasTopic(ScanText s, int start, int end, bool outsideName) =>
        !outsideName ? SentenceHasTopic(s, start, end)
            : Keywords.WorkTopic.IndexIn(s, Sentence.StartOf(s.Text, start), start) >= 0 || Keywords.WorkTopic.IndexIn(s, end, Sentence.EndOf(s.Text, end)) >= 0;

    private static bool HasSentenceEnd(string t, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < t.Length; i++)
        {
            if (t[i] is '。' or '!' or '?' or '\n' or '、')
            {
                return true;
            }
        }

        return false;
    }

    // "プリンタがつながらない／メールが送れない", "タイの仕入れ先とWhatsAppでやり取りしている", "保護者氏名、連絡先（電話番号・メール）、年齢":
    // a generic app with a problem to fix, any app used with a third party, a generic app as one field of a form or list (not its DMs,
    // which no form has: "選考はインスタのDMで行います…社名で検索").
    private static bool IsAboutSomethingElse(string t, int start, int len)
    {
        var end = start + len;
        var s = Sentence.StartOf(t, start);
        return (IsGeneric(t, start, len) && Trouble.MatchLength(t, end) > 0)
            || ThirdPartyWith.IndexIn(t, Math.Max(s, start - 12), start) >= 0
            || OthersAccount.IndexIn(t, Math.Max(s, start - 8), start) >= 0
            || ThirdPartyTo.MatchLength(t, end) > 0
            || (PortfolioLink.MatchLength(t, end) > 0 && Portfolio.IndexIn(t, s, Sentence.EndOf(t, end)) >= 0)
            || (IsGeneric(t, start, len) && InvitationDetector.DataFields.IndexIn(t, s, Sentence.EndOf(t, end)) >= 0
                && HandleAfter(t, end, idGiven: false) < 0 && DirectMessage.IndexIn(t, end, end + 4) < 0);
    }

    // Past a list of apps starting at end ("・電話・メール"), the words say the list sorts the work ("のパターン別に", "ごとに").
    private static bool IsSortedBy(ScanText s, int end)
    {
        var t = s.Text;
        for (var items = 0; items < 8; items++)
        {
            var next = end;
            while (next < t.Length && next - end < 2 && t[next] is ' ' or '・' or '、' or ',' or '/')
            {
                next++;
            }

            var name = next == end ? 0 : Apps.MatchLength(s, next);
            if (name == 0)
            {
                break;
            }

            end = next + name;
        }

        return SortedBy.MatchLength(t, end) > 0;
    }

    private static readonly Phrases SortedBy = Phrases.Unindexed("のパターン別", "パターン別", "のパターンごと", "別に", "ごとに", "ごとの", "別の例", "別の文");

    private static bool IsPrintedCode(string t, int start, int end, bool jobPost)
    {
        var s = Sentence.StartOf(t, start);
        var e = Sentence.EndOf(t, end);
        // A job post says what the piece is in the line before ("待合室に貼るポスター…。内容：…公式LINEの友だち追加QRコード").
        var from = jobPost ? Sentence.StartBack(t, start, 1) : s;
        return HasQr(t.AsSpan(s, e - s)) && PrintedQr.IndexIn(t, from, e) >= 0;
    }

    // "QRコード", or "QR" as a word of its own ("電話番号・LINE QR掲載"), not inside a Latin word.
    private static bool HasQr(ReadOnlySpan<char> span)
    {
        for (var from = 0; from < span.Length;)
        {
            var at = span[from..].IndexOf("qr", StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            if ((at == 0 || !char.IsAsciiLetter(span[at - 1])) && (at + 2 >= span.Length || !char.IsAsciiLetter(span[at + 2])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }
}
