namespace Platform.Checks.Contact;

/// <summary>
/// Lures to the writer's own account that the other rules read as work on an account: the reader asked outright to register with
/// it ("LINEの公式アカウントを友だち追加してください", where 公式アカウント is otherwise the work's topic), and lures said as a state
/// rather than an invitation: what registrants alone get ("LINE登録者だけが見られる限定案件がおすすめです", "…登録者だけの特別な
/// お仕事があります") and the app named as where the reader's details or jobs are given now ("詳しくは公式LINEで配信中です",
/// "最新の案件情報は公式ラインで随時配信しています"). Work on such an account (運用代行, リッチメニュー作成, a shop's coupons), the
/// account someone else's, the lure quoted, reported or warned against, and a thing asked to be made keep it allowed. The phrase
/// sets here stand alone (static fields of one class initialise in text order, which across the files of a partial class is not fixed).
/// </summary>
internal static partial class ChatAppDetector
{
    /// <summary>
    /// A request right after the registration, to the reader ("…友だち追加してください", "…をお願いします", "ご登録ください",
    /// "…していただけますか", "…のうえ").
    /// </summary>
    private static readonly Phrases RegistrationRequests = Phrases.Unindexed(
        "してください", "して下さい", "しておいてください", "しておいて下さい", "しといてください", "してね", "しておいてね", "してちょうだい",
        "していただけますか", "していただけませんか", "して頂けますか", "して頂けませんか", "してもらえますか", "してもらえませんか",
        "してくれますか", "してくれませんか", "をお願いします", "をお願いいたします", "をお願い致します", "をお願いできますか", "お願いします",
        "お願いいたします", "お願い致します", "をよろしく", "ください", "下さい", "のうえ", "の上", "しておいてもらえ", "しておいていただけ");

    /// <summary>Those who registered set apart as the only ones something is for ("登録者だけ", "登録者限定", "登録した方のみ").</summary>
    private static readonly Phrases SetApart = Phrases.Unindexed(
        "だけ", "のみ", "限定", "専用", "に限り", "に限定", "様限定", "さま限定", "様だけ", "さまだけ", "様のみ", "さまのみ", "の方限定", "の方だけ",
        "の方のみ",
        // Something made for them: "公式ラインに登録されている方向けの、特別な制作プランがございます".
        "向け");

    /// <summary>
    /// A sentence's last word saying something is there for the reader now ("…を配信中です", "…がおすすめです", "…があります"), the
    /// state a lure is said in instead of an invitation.
    /// </summary>
    private static readonly Phrases AvailableNow = Phrases.Unindexed(
        "配信中", "公開中", "募集中", "受付中", "案内中", "共有中", "発信中", "お知らせ中", "掲載中", "紹介中", "配布中", "実施中", "開催中",
        "おすすめ", "オススメ", "お勧め", "あります", "ございます");

    /// <summary>Giving the reader news, details or jobs, as an act in progress on the app ("配信", "ご案内", "共有", "説明").</summary>
    private static readonly Phrases GivingNouns = Phrases.Unindexed(
        "配信", "公開", "募集", "受付", "受け付け", "案内", "ご案内", "共有", "発信", "お知らせ", "掲載", "紹介", "ご紹介", "配布", "説明", "ご説明",
        "更新", "告知", "お伝え", "お届け", "お送り",
        // Jobs put up there: "高単価のお仕事は、すべてLINEのオープンチャットに載せています".
        "載せ", "アップし", "投稿し");

    /// <summary>The giving said as going on now, ending its sentence ("…配信中です", "…配信しています", "…ご案内しております").</summary>
    private static readonly Phrases OngoingEndings = Phrases.Unindexed(
        "中です", "中でございます", "中だよ", "中", "しています", "しております", "いたしております", "致しております", "してます", "しているよ",
        "してるよ", "してる",
        // After a verb's stem ("載せています", "アップしております").
        "ています", "ております", "てます");

    /// <summary>What the app is named as the place of: a particle of place, with its topic marker if any ("公式LINEで", "…にては").</summary>
    private static readonly Phrases PlaceParticles = Phrases.Unindexed("では", "でも", "で", "にては", "にて", "の方で", "のほうで");

    /// <summary>
    /// "に" as the place where things are put, only after a group's or account's word ("LINEのオープンチャットに載せています"; not the app
    /// alone: "作品はインスタに載せています" is where a portfolio is).
    /// </summary>
    private static readonly Phrases GroupPlaceParticles = Phrases.Unindexed("には", "に");

    /// <summary>
    /// What the reader comes to the app for, in the sentence: the rest of the talk, the deal's details, or jobs and what they pay
    /// ("詳しくは", "続きは", "案件", "お仕事", "報酬", "手順").
    /// </summary>
    private static readonly Phrases ReaderGains = Phrases.Unindexed(
        "詳細", "詳しく", "くわしく", "詳しい", "続き", "残り", "以降は", "案件", "仕事", "求人", "募集", "副業", "報酬", "稼", "ノウハウ", "特典",
        "手順", "マニュアル", "応募", "選考", "条件",
        // The writer's own works shown there, for the reader to come and see ("制作実績はDiscordのサーバーで公開中です").
        "実績", "作品", "ポートフォリオ", "制作例", "過去作");

    /// <summary>Sentence-final particles that may follow a state's ending ("…配信中ですよ", "…してますね").</summary>
    private static readonly Phrases FinalParticles = Phrases.Unindexed("よ", "ね", "よね", "な");

    // "…友だち追加してください", "ご登録ください": a request to the reader right after the registration ending at acted, not one quoted
    // or reported by the quoting particle after it ("…してくださいと言われました", "…してくださいとのご依頼ですが").
    private static bool IsRegistrationAsked(string t, int acted)
    {
        var n = RegistrationRequests.MatchLength(t, acted);
        if (n == 0)
        {
            return false;
        }

        var i = acted + n;
        while (i < t.Length && t[i] is '」' or '』' or ' ' or 'ネ' or 'ヨ')
        {
            i++;
        }

        return !(i < t.Length && t[i] == 'ト') && !t.AsSpan(i).StartsWith("ッテ");
    }

    // "登録者だけ", "登録した方限定": the registrants, or people in general who may be the reader, set apart as the only ones
    // something is for (not the client's customers or audience: "登録したお客様だけが見られる限定メニューのページ").
    private static bool IsSetApart(string t, int acted)
    {
        var rel = RelativeEndings.MatchLength(t, acted);
        if (rel == 0)
        {
            return false;
        }

        var at = acted + rel;
        if (!t.AsSpan(acted, rel).SequenceEqual("者"))
        {
            var people = AnyPeople.MatchLength(t, at);
            if (people == 0)
            {
                return false;
            }

            at += people;
        }

        return SetApart.MatchLength(t, at) > 0;
    }

    // Whether [start] is inside a quotation opened earlier in its sentence or the one before ("「詳しくは公式LINEで配信中です。」という
    // 告知文"): wording talked about, not said.
    private static bool IsQuoted(string t, int start)
    {
        var open = 0;
        for (var i = Sentence.PreviousStartOf(t, start); i < start; i++)
        {
            open += t[i] is '「' or '『' ? 1 : t[i] is '」' or '』' ? -1 : 0;
        }

        return open > 0;
    }

    /// <summary>
    /// Adds a soft chat-app hit for each app named, with its account's words, as the place where the reader's details or jobs are
    /// given now, said as a state ending the sentence ("詳しくは公式LINEで配信中です", "案件の詳細はテレグラムのチャンネルでお知らせ中です");
    /// whether it added one.
    /// </summary>
    private static bool AddStatedLures(ScanText s, List<Hit> hits)
    {
        var t = s.Text;
        var added = false;
        foreach (var (start, len) in Apps.InOverlapping(s, hits))
        {
            var end = start + len;
            if (!IsFreeAppName(s, start, len, hits))
            {
                continue;
            }

            var place = PlaceAfter(t, end);
            if (place < 0)
            {
                continue;
            }

            var from = Sentence.StartOf(t, start);
            var sentenceEnd = Sentence.EndOf(t, end);
            var given = OngoingGivingEnd(s, place, sentenceEnd);
            if (given < 0 || (ReaderGains.IndexIn(t, from, start) < 0 && ReaderGains.IndexIn(t, place, given) < 0))
            {
                continue;
            }

            // The account someone else's, a third party's news, a shop's coupons, a thing asked to be made, the wording talked about.
            if (IsOwnedByOthers(t, from, start) || HasThirdPartySubject(t, from, start) || CustomerRewards.IndexIn(t, from, sentenceEnd) >= 0
                || IsMadeAsWork(t, from, sentenceEnd) || LureTalkedAbout.IndexIn(t, from, sentenceEnd) >= 0 || IsQuoted(t, start)
                || IsContentOfNext(t, from, sentenceEnd))
            {
                continue;
            }

            hits.Add(new Hit(Codes.ChatApp, start, given - start, 0.8, Soft: true));
            added = true;
        }

        return added;
    }

    // Where the words after the app's name and its account's words ("の公式アカウント", "のチャンネル") and a particle of place
    // ("で", "にて") end, or -1.
    private static int PlaceAfter(string t, int end)
    {
        foreach (var part in AccountParts)
        {
            if (t.AsSpan(end).StartsWith(part) && PlaceParticles.MatchLength(t, end + part.Length) is var n and > 0)
            {
                return end + part.Length + n;
            }

            if (IsGroupPart(part) && t.AsSpan(end).StartsWith(part) && GroupPlaceParticles.MatchLength(t, end + part.Length) is var g and > 0)
            {
                return end + part.Length + g;
            }
        }

        return -1;
    }

    // A group the reader joins ("オープンチャット", "グループ", "サーバー", "チャンネル"…), not an account a portfolio is on.
    private static bool IsGroupPart(string part)
    {
        foreach (var word in GroupWords)
        {
            if (part.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] GroupWords =
        [.. new[] { "オープンチャット", "オプチャ", "グループ", "サーバー", "コミュニティ", "チャンネル", "トークルーム" }.Select(Phrases.Fold)];

    // The end of a giving noun in [from, end) whose ongoing ending closes the sentence ("…で配信中です。", "…でご案内しています！"),
    // or -1.
    private static int OngoingGivingEnd(ScanText s, int from, int end)
    {
        var t = s.Text;
        for (var i = from; i < end; i++)
        {
            var noun = GivingNouns.MatchLength(t, i);
            if (noun == 0)
            {
                continue;
            }

            var k = i + noun;
            var ending = OngoingEndings.MatchLength(t, k);
            if (ending > 0 && ClosesSentence(s, k + ending, end))
            {
                return k;
            }
        }

        return -1;
    }

    // Whether only a final particle, marks and emoji are left in [i, end).
    private static bool ClosesSentence(ScanText s, int i, int end)
    {
        i += FinalParticles.MatchLength(s.Text, i);
        for (; i < end; i++)
        {
            if (char.IsLetterOrDigit(s.Source.Original[s.Source.ToOriginal(i)]))
            {
                return false;
            }
        }

        return true;
    }
}
