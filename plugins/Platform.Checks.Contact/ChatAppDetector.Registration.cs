namespace Platform.Checks.Contact;

/// <summary>
/// Registering an account on a chat app offered as all it takes, with no ID in the text ("LINE登録するだけで手順をお送りします",
/// "テレグラムのチャンネルに参加してもらえれば案内します", "Discordに入るだけでOK"): the registration is the invitation, as a
/// "LINEで連絡しましょう" is. The phrase sets here stand alone (static fields of one class initialise in text order, which across
/// the files of a partial class is not fixed).
/// </summary>
internal static partial class ChatAppDetector
{
    /// <summary>
    /// What may stand between the app's name and the registration: its official account, channel, group, server or workspace,
    /// and a particle ("LINEの公式アカウントに", "テレグラムのチャンネルへ", "Discordサーバーに"). Longest first.
    /// </summary>
    private static readonly string[] AccountParts = [.. new[]
        {
            "の公式アカウント", "公式アカウント", "の公式アカ", "公式アカ", "の公式", "公式", "のアカウント", "アカウント", "のチャンネル", "チャンネル",
            "のグループ", "グループ", "のオープンチャット", "オープンチャット", "のオプチャ", "オプチャ", "のサーバー", "サーバー", "のコミュニティ",
            "コミュニティ", "のワークスペース", "ワークスペース", "のトークルーム", "トークルーム", "",
        }
        .Select(Phrases.Fold)
        .OrderByDescending(p => p.Length)];

    private static readonly string[] AccountParticles = [.. new[] { "への", "に", "へ", "を", "で", "の", " ", "" }.Select(Phrases.Fold)];

    /// <summary>The registration itself, right after the app (and its account): signing up, adding as a friend, following, joining.</summary>
    private static readonly Phrases RegisterActs = Phrases.Unindexed(
        "登録", "ご登録", "友だち登録", "友達登録", "ともだち登録", "お友だち登録", "お友達登録", "友だち追加", "友達追加", "ともだち追加", "お友だち追加",
        "お友達追加", "追加", "フォロー", "参加", "ご参加", "加入", "入会",
        // Joined: "サーバーに入るだけ", "オープンチャットに入れば" (the verb's kana are read as the tail's way in).
        "入");

    /// <summary>
    /// Said right after the registration (past its verb's kana): it is all the reader has to do, or what it gets them ("…するだけ",
    /// "…のみでOK", "…してもらえれば特典", "…していただいた方に", "…後に資料", "…で完了").
    /// </summary>
    private static readonly Phrases LureTails = Phrases.Unindexed(
        "だけ", "のみ", "すれば", "したら", "すると", "してくれれば", "してくれたら", "してくれると", "してもらえれば", "してもらえたら", "してもらうと",
        "していただければ", "していただけたら", "していただくと", "していただいた方", "してくれた方", "してもらった方", "した方に", "された方",
        "いただければ", "いただけたら", "いただくと", "いただいた方", "頂ければ", "頂けたら", "頂くと", "頂いた方", "くれれば", "くれたら", "れば", "たら",
        "後に", "後、", "後は", "してから", "したあと", "した後", "で特典", "で資料", "でプレゼント", "で受け取", "でok", "で完了", "で大丈夫", "でお渡し",
        "でお送り", "で手順", "で詳細", "で詳しく", "でマニュアル", "で案内", "でご案内", "特典", "でもらえ");

    /// <summary>
    /// The lure talked about, not made, after it in its sentence: a claim reported or warned against ("…だけで稼げるという話は怪しい",
    /// "…といった勧誘", "…などの手口には注意").
    /// </summary>
    private static readonly Phrases LureTalkedAbout = Phrases.Unindexed(
        "という", "といった", "とかいう", "って話", "みたいな話", "などの", "なんて", "系の", "詐欺", "怪し", "手口", "注意", "気をつけ", "気を付け",
        "勧誘", "誘導", "見分け", "被害", "騙", "だま");

    private const int TailReach = 8;

    /// <summary>Adds a soft chat-app hit for each app whose account the text offers registering as all it takes; whether it added one.</summary>
    private static bool AddRegistrationLures(ScanText s, List<Hit> hits, bool describesWork)
    {
        var t = s.Text;
        var added = false;
        foreach (var (start, len) in Apps.InOverlapping(s, hits))
        {
            var end = start + len;
            if (!IsWholeWord(s.Source, start, len) || IsOrdinaryWord(t, start, len) || IsLevelLine(t, start, len) || IsNounUse(t, end)
                || IsTopic(s, start, end) || (describesWork && SentenceHasTopic(s, start, end)) || AlreadyHit(hits, start, end))
            {
                continue;
            }

            var act = RegistrationAfter(t, end);
            if (act < 0)
            {
                continue;
            }

            var acted = act + RegisterActs.MatchLength(t, act);
            var tail = TailAfter(t, s.Source, acted);
            if (tail < 0 || LureTalkedAbout.IndexIn(t, tail, Sentence.EndOf(t, tail)) >= 0)
            {
                continue;
            }

            hits.Add(new Hit(Codes.ChatApp, start, acted - start, 0.8, Soft: true));
            added = true;
        }

        return added;
    }

    // Where the registration starts past the app's account and a particle ("LINEの公式アカウントに登録"), or -1.
    private static int RegistrationAfter(string t, int end)
    {
        foreach (var part in AccountParts)
        {
            if (!t.AsSpan(end).StartsWith(part))
            {
                continue;
            }

            foreach (var particle in AccountParticles)
            {
                var at = end + part.Length;
                if (t.AsSpan(at).StartsWith(particle) && RegisterActs.MatchLength(t, at + particle.Length) > 0)
                {
                    return at + particle.Length;
                }
            }
        }

        return -1;
    }

    // Where a lure's tail starts right after the registration, past the kana of its verb only ("登録していただくだけ"), or -1.
    private static int TailAfter(string t, Platform.Checks.Text.FoldedText source, int from)
    {
        for (var i = from; i < t.Length && i - from <= TailReach; i++)
        {
            if (LureTails.MatchLength(t, i) > 0)
            {
                return i;
            }

            // The verb's ending is kana as written (folded to katakana); a kanji, a Latin letter or a katakana word ends it.
            var o = source.Original[source.ToOriginal(i)];
            if (o is < '\u3041' or > '\u309F')
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool AlreadyHit(List<Hit> hits, int start, int end)
    {
        foreach (var h in hits)
        {
            if (h.Code == Codes.ChatApp && h.Start < end && start < h.Start + h.Length)
            {
                return true;
            }
        }

        return false;
    }
}
