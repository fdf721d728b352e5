using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>
/// Accounts named without an invitation word: an official account's handle the reader is sent to, and an app's ID asked for on
/// its own once an app was named.
/// </summary>
internal static partial class ChatAppDetector
{
    /// <summary>
    /// End of the handle of an app's official account named right after the app ("LINE公式アカウント @tech-select に受付番号を送信して
    /// ください", "以下のLINE公式アカウントを友だち追加のうえ…：＠712kqxl") when its sentence asks the reader to add or write to it and is
    /// about nothing else, or -1: the account the client runs is otherwise the work's subject (公式アカウントのリッチメニュー作成).
    /// </summary>
    private static int OfficialHandle(ScanText s, int start, int end)
    {
        var t = s.Text;
        var official = OfficialAccount.MatchLength(t, end);
        if (official == 0)
        {
            return -1;
        }

        var ss = Sentence.StartOf(t, start);
        var se = Sentence.EndOf(t, end);
        var at = t.IndexOf('@', end + official, se - end - official);
        var handle = at < 0 ? -1 : HandleAfter(t, at, idGiven: true);
        if (handle < 0 || AddOrWrite.IndexIn(t, end, se) < 0)
        {
            return -1;
        }

        // Any other work topic in the sentence ("公式アカウント" itself aside) makes the account the work's.
        for (var w = Keywords.WorkTopic.IndexIn(s, ss, se); w >= 0; w = Keywords.WorkTopic.IndexIn(s, w + 1, se))
        {
            if (w < end || w >= end + official)
            {
                return -1;
            }
        }

        return handle;
    }

    /// <summary>
    /// Start of a request right after the app's name for the reader's account or number on it, whatever the asking verb
    /// ("Telegramのアカウントをお知らせください", "WhatsAppの番号をいただけますか", "インスタのアカウントを送っていただけますか",
    /// "DiscordのIDを共有してください"), or -1. The account must stand as a word of its own before its particle: "インスタのアカウント運用",
    /// "アカウントの作成方法" are work on it.
    /// </summary>
    private static int AccountAsked(ScanText s, int end)
    {
        var t = s.Text;
        var i = end < t.Length && t[end] == ' ' ? end + 1 : end;
        i += i < t.Length && t[i] == 'ノ' ? 1 : 0;
        var noun = AccountWords.MatchLength(t, i);
        if (noun == 0)
        {
            return -1;
        }

        i += noun;
        i += i < t.Length && t[i] is 'ヲ' or 'ハ' or 'モ' ? 1 : t.AsSpan(i).StartsWith("ダケ") ? 2 : 0;
        return AskLength(s, i) > 0 ? i : -1;
    }

    // Length of the request at i: an asking verb of contact nouns, or the account shared or passed on (IDを共有して, アカウントをお伝えください).
    private static int AskLength(ScanText s, int i) => Math.Max(InvitationDetector.AskVerbs.MatchLength(s, i), AccountShared.MatchLength(s.Text, i));

    // End of the request right after an ID word ("IDを教えていただけますか"), the ID word standing on its own, or -1.
    private static int IdAsked(ScanText s, int start, int len)
    {
        var t = s.Text;
        if (t[start] == '@' || (start > 0 && IsWordBefore(s.Source, start - 1)))
        {
            return -1;
        }

        var i = start + len;
        if (i < t.Length && t[i] is 'ヲ' or 'ハ' or 'モ')
        {
            i++;
        }

        var verb = AskLength(s, i);
        return verb > 0 ? i + verb : -1;
    }

    // A kanji, a katakana word or a Latin letter right before: the ID word ends a compound (ログインID, 会員ID).
    private static bool IsWordBefore(FoldedText ft, int k)
    {
        var o = ft.Original[ft.ToOriginal(k)];
        return o is >= '\u4E00' and <= '\u9FFF' or >= '\u30A1' and <= '\u30FA' or 'ー' || char.IsAsciiLetterOrDigit(ft.Folded[k]);
    }
}
