namespace Platform.Checks.Contact;

/// <summary>
/// The platform's own channel turned away ("サイトのメッセージは確認が遅れるため使いません", "サイト内での応募は受け付けておりません"):
/// whoever says the platform's messages or applications are not used sends the reader somewhere else. A refusal word is what
/// this looks for, so it is not a soft hit (a negation would cancel it); a quote of such words is left alone.
/// </summary>
internal static class PlatformRefusedDetector
{
    private const int RefusalReach = 20;

    /// <summary>The platform's messages or applications, as the topic of the sentence.</summary>
    internal static readonly Phrases Channels = new(
        "サイトのメッセージは", "サイト内のメッセージは", "サイト内メッセージは", "サイト上のメッセージは", "サイトのチャットは",
        "サイト内のチャットは", "メッセージ機能は", "サイト内での応募は", "サイト内の応募は", "サイトからの応募は", "サイト経由の応募は",
        "サイト経由でのご応募は", "サイト内でのご応募は", "応募ボタンからの応募は", "サイト内でのやり取りは", "サイト内でのやりとりは",
        "サイト上でのやり取りは", "サイト上でのやりとりは",
        // The platform's messages pointed at as here: "こちらのメッセージはあまり確認していません", read only with another way named.
        "こちらのメッセージは", "ここのメッセージは", "このサイトのメッセージは", "当サイトのメッセージは", "本サイトのメッセージは");

    /// <summary>Right after: not used, not read, not accepted.</summary>
    private static readonly Phrases Refused = Phrases.Unindexed(
        "使いません", "使用しません", "使っていません", "使わない", "見ていません", "見ません", "見られません", "確認していません",
        "確認しません", "確認できません", "返信できません", "受け付けておりません", "受け付けていません", "受付しておりません",
        "受け付けません", "お受けしておりません", "対応しておりません", "対応していません");

    /// <summary>
    /// Right after, the channel said to be slow or overlooked ("サイトのメッセージは見落としがちなので"): a refusal only with another way
    /// named in the sentence or the next ("…ので、ご質問はメールで"), since a writer may say it and stay.
    /// </summary>
    private static readonly Phrases Neglected = Phrases.Unindexed(
        "確認が遅れ", "返信が遅れ", "通知が遅れ", "通知が来な", "見落とし", "見落とす", "あまり見", "ほとんど見", "見ない", "見ていない",
        "見てない", "開かない", "見るのが遅", "使いにく");

    private static readonly Phrases OtherWay = Phrases.Unindexed(
        "メール", "line", "ライン", "電話", "携帯", "ショートメール", "sms", "dm", "フォーム", "chatwork", "チャットワーク", "skype", "スカイプ",
        "discord", "slack", "telegram", "テレグラム", "インスタ", "instagram", "そちら", "下記", "以下",
        // The writer's own site: "案件の詳細は弊社HP www.… からエントリーしてください".
        "hp", "ホームページ", "http", "www");

    /// <summary>…unless only some of them are, or the platform stays the way ("サイトのメッセージは夜は確認できませんが、翌朝返信します").</summary>
    private static readonly Phrases Softened = Phrases.Unindexed(
        "夜は", "夜間", "土日", "休日", "週末", "時間外", "翌", "以降", "しばらく", "一時的", "かもしれ", "お待ちください", "ご了承");

    public static void Detect(ScanText s, List<Hit> hits)
    {
        var t = s.Text;
        foreach (var (start, len) in Channels.In(s, hits))
        {
            var end = start + len;
            var se = Sentence.EndOf(t, end);
            var reach = Math.Min(se, end + RefusalReach);
            var r = Refused.IndexIn(t, end, reach);
            var length = r >= 0 ? Refused.MatchLength(t, r) : 0;
            var otherWay = OtherWay.IndexIn(t, Sentence.PreviousStartOf(t, start), NextEnd(t, se)) >= 0;
            if (r < 0 && (r = Neglected.IndexIn(t, end, reach)) >= 0)
            {
                length = Neglected.MatchLength(t, r);
                r = otherWay ? r : -1;
            }

            // "こちらのメッセージは" may be one message: the platform's channel only with another way named beside it.
            r = PointedHere(t, start) && !otherWay ? -1 : r;

            if (r < 0 || Softened.IndexIn(t, end, se) >= 0 || InQuote(t, start))
            {
                continue;
            }

            hits.Add(new Hit(Codes.Invitation, start, r + length - start, 0.8, Soft: false));
        }
    }

    private static bool PointedHere(string t, int start) => t.AsSpan(start).StartsWith("コチラ") || t.AsSpan(start).StartsWith("ココ");

    // End of the sentence after the one ending at se, past line breaks and spaces.
    private static int NextEnd(string t, int se)
    {
        while (se < t.Length && t[se] is '\n' or ' ')
        {
            se++;
        }

        return Sentence.EndOf(t, se);
    }

    // Inside 「…」 or 『…』 opened earlier on the same line: someone else's words quoted.
    private static bool InQuote(string t, int at)
    {
        for (var k = at - 1; k >= 0 && t[k] != '\n'; k--)
        {
            if (t[k] is '」' or '』')
            {
                return false;
            }

            if (t[k] is '「' or '『')
            {
                return true;
            }
        }

        return false;
    }
}
