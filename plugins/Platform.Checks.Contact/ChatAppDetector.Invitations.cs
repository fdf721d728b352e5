namespace Platform.Checks.Contact;

/// <summary>
/// The app offered as the way to talk with no ID given: requests taken there (Slackの共有チャンネルでも受け付けています), its account
/// to be added (…LINEアカウントを追加してください), its direct messages offered (DMくれたらすぐ返します), and the intent word read
/// after the name, past the app's own features (友だち追加ボタン, ワークスペース招待機能).
/// </summary>
internal static partial class ChatAppDetector
{
    // Requests taken right after the app's name, or past "の" and a short noun ("Slackの共有チャンネルでも受け付けています").
    private static bool IsTakenThere(string t, int end)
    {
        var i = end;
        if (i < t.Length && t[i] == 'ノ')
        {
            var limit = Math.Min(t.Length, i + 1 + TakenPartReach);
            for (i++; i < limit && TakenThere.MatchLength(t, i) == 0; i++)
            {
                // Letters and the long-vowel mark as folded ("サーバー").
                if (!char.IsLetter(t[i]) && t[i] != '-')
                {
                    return false;
                }
            }
        }

        return TakenThere.MatchLength(t, i) > 0;
    }

    private const int TakenPartReach = 8;

    // The app's account added or followed by the reader, asked right after the app's name.
    private static readonly Phrases AccountAddAsked = Phrases.Unindexed(
        "アカウントを追加してください", "アカウントを追加して下さい", "アカウントを追加のうえ", "アカウントを追加の上", "アカウントを友だち追加して",
        "アカウントを友達追加して", "アカウントをフォローしてください", "アカウントをフォローのうえ", "アカウントを登録してください", "を友だち追加してください",
        "を友達追加してください", "を友だち追加のうえ", "を友達追加のうえ");

    // The first intent word after the name that does not open a work noun ("サーバーを立ち上げます。参加ルール…の文章を作って":
    // 参加 is part of 参加ルール, the text to write), or -1.
    private static int IntentAfterName(ScanText s, Phrases intent, int end)
    {
        var from = end;
        for (var tries = 0; tries < 4; tries++)
        {
            var at = intent.IndexIn(s, from, end + IntentAfter);
            if (at < 0 || (Keywords.WorkTopic.MatchLength(s, at) == 0 && !OpensFeatureNoun(s, intent, at)))
            {
                return at;
            }

            if (tries == 0 && IsAccountPart(s.Text, end, at))
            {
                // "LINEの友だち追加ボタンを右上に移動しました", "Slackのワークスペース招待機能について": the app's own feature named right after it
                // is what the sentence is about.
                return -1;
            }

            from = at + 1;
        }

        return -1;
    }

    // Whether t[end..at) is only the app's account or a particle ("の", "のワークスペース", "公式アカウントの").
    private static bool IsAccountPart(string t, int end, int at)
    {
        foreach (var part in AccountParts)
        {
            if (end + part.Length <= at && t.AsSpan(end).StartsWith(part))
            {
                var rest = t.AsSpan(end + part.Length, at - end - part.Length);
                if (rest.Length == 0 || rest.SequenceEqual("ノ"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Whether the intent word at [at] (with any intent or registration words right after it) is the first half of a noun for one of the
    // app's features ("ワークスペース招待機能について調べた", "友だち追加ボタンを配置しました"): the feature is talked about, not the act.
    private static bool OpensFeatureNoun(ScanText s, Phrases intent, int at)
    {
        var k = at;
        for (var words = 0; words < 4; words++)
        {
            var word = Math.Max(intent.MatchLength(s, k), Math.Max(Invites.MatchLength(s.Text, k), RegisterActs.MatchLength(s.Text, k)));
            if (word == 0)
            {
                break;
            }

            k += word;
        }

        return k < s.Text.Length && Keywords.WorkTopic.MatchLength(s, k) > 0;
    }

    /// <summary>
    /// With an SNS or chat app named anywhere in the text (even as the work's subject: "インスタのストーリーでお知らせしてます…ご相談は
    /// DMでも受け付けてます"), its direct messages offered as the way to reach the writer ("インスタ見てもらえると嬉しいです！…DMくれたら
    /// すぐ返します"), not DM as the work (DM営業, DM送信代行).
    /// </summary>
    private static bool AddOfferedDirectMessages(ScanText s, List<Hit> hits, bool jobPost)
    {
        var t = s.Text;
        var added = false;
        foreach (var (start, len) in DirectMessage.In(s, hits))
        {
            var end = start + len;
            var ascii = char.IsAsciiLetter(t[start]);
            if (ascii && ((start > 0 && char.IsAsciiLetter(t[start - 1])) || (end < t.Length && char.IsAsciiLetter(t[end]))))
            {
                continue;
            }

            // Past a particle (DMを, DMは, DMも), unless the request starts right away ("DMもらえると": も is then the verb's).
            var from = end;
            while (from < t.Length && from < end + 2 && t[from] is ' ' or 'ヲ' or 'ハ' or 'モ' && DmOffered.MatchLength(t, from) == 0)
            {
                from++;
            }

            // "DMで原寸送ってもらえます？": the thing asked to be sent there.
            var sendAsked = from < t.Length && t[from] == 'デ' && DmSendAsked.IndexIn(t, from + 1, Math.Min(t.Length, from + 10)) >= 0;
            if ((DmOffered.MatchLength(t, from) == 0 && !sendAsked) || DmWork.IndexIn(t, start - 6, end + 8) >= 0
                || Keywords.WorkTopic.IndexIn(s, start - 6, end + 6) >= 0 || (jobPost && SentenceHasTopic(s, start, end)))
            {
                continue;
            }

            hits.Add(new Hit(Codes.ChatApp, start, Math.Max(from + DmOffered.MatchLength(t, from), end) - start, 0.8, Soft: true));
            added = true;
        }

        return added;
    }

    // Whether the talk is held in the DM, read right after "DM": "DMで話しましょ", "DMで行います".
    private static bool DmTalk(string t, int dmEnd) => DmOffered.MatchLength(t, dmEnd) > 0;
}
