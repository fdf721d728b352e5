using Platform.Checks.Text;

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
        "勧誘", "誘導", "見分け", "被害", "騙", "だま",
        // Said by someone else and reported: "…友だち追加してくださいと言われましたが", "…登録してとのことでした".
        "と言われ", "といわれ", "って言われ", "と頼まれ", "と誘われ", "と案内され", "と指示され", "と求められ", "とのこと", "と書かれ");

    private const int TailReach = 8;

    /// <summary>
    /// The ending of a relative clause right after the registration ("…してくださった", "…していただいた", "…した", "…済みの"): the people
    /// who registered are named next, as the ones the writer gives something to or as the audience of the work.
    /// </summary>
    private static readonly Phrases RelativeEndings = Phrases.Unindexed(
        "してくださった", "してくださる", "してくれた", "してくれる", "していただいた", "していただける", "して頂いた", "してもらった", "してもらえた",
        "していただいている", "してくれている", "している", "していた", "された", "されている", "されてる", "くださった", "いただいた", "頂いた",
        "した", "する", "済みの", "済の", "者");

    /// <summary>People other than the reader, the client's own customers or an audience ("お客様", "患者さん", "読者", "会員さま").</summary>
    private static readonly Phrases ThirdParties = Phrases.Unindexed(
        "お客", "客", "顧客", "患者", "会員", "ユーザー", "ユーザ", "読者", "ファン", "メンバー", "生徒", "利用者", "購読者", "フォロワー",
        "参加者", "登録者", "受講生", "受講者", "視聴者", "リスナー", "保護者", "入居者", "ゲスト", "来店", "消費者", "者");

    /// <summary>People named in general, who may be the reader ("方", "人", "皆さん").</summary>
    private static readonly Phrases AnyPeople = Phrases.Unindexed("方", "かた", "人", "ひと", "皆さん", "皆様", "みなさん", "みなさま", "全員");

    /// <summary>
    /// Something made as the work, asked for or reported ("…を作ってください", "…の文面を考えてください", "…をデザインしました"): a making verb
    /// followed, in its sentence, by a request or a report (<see cref="AskedOrDone"/>).
    /// </summary>
    private static readonly Phrases Making = Phrases.Unindexed(
        "作って", "作成", "作り", "作る", "書いて", "書き", "考えて", "考え", "デザイン", "制作", "用意して", "まとめて", "設計", "企画", "撮影",
        "編集", "翻訳", "執筆", "描いて", "実装", "構成", "設定");

    private static readonly Phrases AskedOrDone = Phrases.Unindexed(
        "ください", "下さい", "お願い", "ほしい", "欲しい", "募集", "ました", "いただけますか", "いただけませんか", "頂けますか", "できますか",
        "もらえますか", "もらえませんか", "もらえると", "たいです", "たいと", "予定です");

    /// <summary>
    /// What the writer gives those who register ("…を差し上げます", "…をお送りしています", "特典で報酬を上乗せ", "案件を紹介しています").
    /// </summary>
    private static readonly Phrases Offered = Phrases.Unindexed(
        "差し上げ", "お送り", "送ります", "送って", "お渡し", "渡し", "プレゼント", "受け取", "もらえ", "貰え", "届き", "届け", "届く", "配布", "お配り",
        "配って", "特典", "無料", "上乗せ", "案内", "お伝え", "伝え", "教え", "紹介", "見られ", "見れ", "読め", "見せ", "通知", "優先", "限定",
        "割引", "お得", "もらって", "お見せ", "公開", "共有", "ご覧いただけ", "ご覧になれ", "お知らせして", "お知らせしま", "お知らせいた",
        // Kept for those who registered alone: "ラインの登録者さんしか応募できない案件", "公式ライン登録者さん専用の、特別な在宅ワーク".
        "専用", "しか");

    /// <summary>
    /// Whether the registration ending at <paramref name="acted"/> is followed by the people who registered as the work's audience: a
    /// relative clause and its people ("…に友だち登録してくださったお客様向けのクーポン画像を作ってください", "…に参加してくれたファン向けに
    /// 告知画像をお願いします"), with the work made for them asked for or reported in the sentence, or the client's own customers or
    /// audience given nothing by the writer. The reader registering to get something is not that ("…してくれた人には、特典で…上乗せします").
    /// </summary>
    internal static bool IsAudience(string t, int acted)
    {
        var people = PeopleAfter(t, acted, out var third);
        if (people < 0)
        {
            return false;
        }

        var end = Sentence.EndOf(t, people);
        return IsMadeAsWork(t, people, end) || (third && Offered.IndexIn(t, people, end) < 0 && !IsSetApart(t, acted));
    }

    // Where the people named after a relative clause ending at acted end, or -1; third tells whether they are others than the reader.
    private static int PeopleAfter(string t, int acted, out bool third)
    {
        third = false;
        var rel = RelativeEndings.MatchLength(t, acted);
        if (rel == 0)
        {
            return -1;
        }

        var at = acted + rel;
        if (t.AsSpan(acted, rel).SequenceEqual("者"))
        {
            third = true;
            return at;
        }

        if (ThirdParties.MatchLength(t, at) is var n and > 0)
        {
            third = true;
            return at + n;
        }

        return AnyPeople.MatchLength(t, at) is var m and > 0 ? at + m : -1;
    }

    // A making verb with a request or a report after it in [from, to).
    private static bool IsMadeAsWork(string t, int from, int to)
    {
        var make = Making.IndexIn(t, from, to);
        return make >= 0 && AskedOrDone.IndexIn(t, make, to) >= 0;
    }

    // "LINE登録で、作業に使うテンプレートを差し上げています": the registration as the means ("で") to something the writer gives, later in the
    // sentence; not "登録できる" (the verb goes on in kana) nor "登録でも".
    private static bool IsMeansToOffer(string t, FoldedText source, int acted)
    {
        if (acted + 1 >= t.Length || t[acted] != 'デ' || t[acted + 1] == 'モ')
        {
            return false;
        }

        if (IsHiragana(source.Original[source.ToOriginal(acted + 1)]))
        {
            return false;
        }

        var end = Sentence.EndOf(t, acted);
        return Offered.IndexIn(t, acted + 1, end) >= 0 && !IsMadeAsWork(t, acted, end);
    }

    /// <summary>
    /// Whether the app name at <paramref name="start"/> may start a lure without an ID: a whole word, not an ordinary word or a
    /// level line, not used as a noun, and not inside a hit already found (the registration and stated-lure passes).
    /// </summary>
    private static bool IsFreeAppName(ScanText s, int start, int len, List<Hit> hits)
    {
        var t = s.Text;
        var end = start + len;
        return IsWholeWord(s.Source, start, len) && !IsOrdinaryWord(t, start, len) && !IsLevelLine(t, start, len) && !IsNounUse(t, end)
            && !AlreadyHit(hits, start, end);
    }

    /// <summary>Adds a soft chat-app hit for each app whose account the text offers registering as all it takes; whether it added one.</summary>
    private static bool AddRegistrationLures(ScanText s, List<Hit> hits, bool describesWork)
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

            var act = RegistrationAfter(t, end);
            if (act < 0)
            {
                continue;
            }

            // "LINEの公式アカウントに登録": the account is where the reader registers, not the work's topic (公式アカウント is one in "LINE公式
            // アカウントの構築"), so the topic is looked for around the name and its account, outside the account's own words.
            var accountTopic = AccountTopic(s, end, act);
            // A text describing work whose sentence asks for something made ("LINE公式アカウントの友だち追加特典を企画してください") asks for work.
            var topic = accountTopic
                ? IsTopic(s, start, act) || HasTopicOutside(s, start, end, act)
                : IsTopic(s, start, end) || (describesWork && SentenceHasTopic(s, start, end));
            topic |= describesWork && IsMadeAsWork(t, Sentence.StartOf(t, start), Sentence.EndOf(t, end));

            var acted = act + RegisterActs.MatchLength(t, act);
            // "…に友だち登録してくださったお客様向けのクーポン画像を作ってください": those who registered are the audience of the work;
            // "御社の公式LINEに登録すると、クーポンが届く流れになっています": the registration is someone else's.
            if (IsAudience(t, acted) || IsOthersRegistration(s, start, acted))
            {
                continue;
            }

            // "LINEの公式アカウントを友だち追加してください": the reader asked to register, whatever the account's words are; the
            // sentence may still ask for a thing made ("「…友だち追加してください」と書いたPOPを作ってください").
            var asked = IsRegistrationAsked(t, acted);
            var tail = asked ? acted : TailAfter(t, s.Source, acted);
            if (tail < 0 && (IsMeansToOffer(t, s.Source, acted) || IsOfferedToPeople(t, acted)))
            {
                tail = acted;
            }

            // A work word in the sentence ("…に登録すると、新着のライティング案件が通知されます") is what the reader is given when the
            // sentence ends by giving it, or by saying it is there for them ("…登録者だけが受け取れる高単価案件を配信中です").
            var workAsked = asked && IsMadeAsWork(t, Sentence.StartOf(t, start), Sentence.EndOf(t, acted));
            if (tail < 0 || workAsked || (topic && !asked && !OffersTheReader(s, start, acted))
                || LureTalkedAbout.IndexIn(t, tail, Sentence.EndOf(t, tail)) >= 0)
            {
                continue;
            }

            hits.Add(new Hit(Codes.ChatApp, start, acted - start, 0.8, Soft: true));
            added = true;
        }

        return added;
    }

    // Whether the account's words between the name and the registration hold a topic word ("公式アカウント").
    private static bool AccountTopic(ScanText s, int end, int act) => act > end && Keywords.WorkTopic.IndexIn(s, end, act) >= 0;

    // A work topic in the name's sentence outside the account's words [end, act) ("…に登録した後のステップ配信を設定しました").
    private static bool HasTopicOutside(ScanText s, int start, int end, int act) =>
        Keywords.WorkTopic.IndexIn(s, Sentence.StartOf(s.Text, start), start) >= 0 || Keywords.WorkTopic.IndexIn(s, act, Sentence.EndOf(s.Text, act)) >= 0;

    // "ライン友だち追加してくれた人には、特典で初月の報酬を上乗せします": those who registered given something by the writer.
    private static bool IsOfferedToPeople(string t, int acted)
    {
        var people = PeopleAfter(t, acted, out _);
        return people >= 0 && (Offered.IndexIn(t, people, Sentence.EndOf(t, people)) >= 0 || IsSetApart(t, acted));
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
            if (!IsHiragana(source.Original[source.ToOriginal(i)]))
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
