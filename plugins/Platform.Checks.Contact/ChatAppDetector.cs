using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>
/// Chat apps and SNS named with an ID or an invitation (LINE ID…, Discordで話しましょう), but not as the
/// subject of the work (LINEスタンプ制作, Slack bot開発, Zoom録画の文字起こし).
/// </summary>
internal static partial class ChatAppDetector
{
    private const int IntentBefore = 10;
    private const int IntentAfter = 30;
    private const int RequestAfter = 10;
    private const int TopicAfter = 6;
    private const int TopicBefore = 4;
    private const int ProductReach = 16;
    private const int ContinueBefore = 16;

    /// <summary>
    /// Adds the hits. In a text that describes work (<paramref name="describesWork"/>: a job post, a profile, a proposal), an
    /// app named in a sentence about the work (開発, 連携, 通知, 翻訳…) is the work's subject even when the sentence has a word
    /// of contact (グループへ通知を送るBot, 経費精算の申請をSlackで完結させるボット), unless a request follows the name at once
    /// (Skypeのほうで話しましょう).
    /// </summary>
    public static void Detect(ScanText s, List<Hit> hits, bool jobPost, bool describesWork)
    {
        var t = s.Text;
        var mentioned = false;
        foreach (var (start, len) in Invites.In(s, hits))
        {
            var end = start + len;
            // 友だち追加数, 友だち追加時のあいさつ, 友だち追加後7日間の配信, 友だち追加されたら: the official account's event or figure, a topic.
            var counted = end < t.Length && t[end] is '数' or '率' or 'ボ' or '機' or '導' or '時' or '後' || t.AsSpan(end).StartsWith("サレ") || t.AsSpan(end).StartsWith("ノ際") || t.AsSpan(end).StartsWith("オプ")
                || t.AsSpan(end, Math.Min(8, t.Length - end)).Contains("決済", StringComparison.Ordinal) || AddedBy.MatchLength(t, end) > 0
                // "友だち追加直後の挨拶文": the moment of the account's event, as 友だち追加時 is.
                || t.AsSpan(end).StartsWith("直後") || t.AsSpan(end).StartsWith("直前")
                // "…に友だち登録してくださった方へのお礼メッセージを考えてください": those who added the account, the work's audience.
                || IsAudience(t, end)
                // "公式LINEの友だち追加でクーポンを配る仕組みを作ってください", "御社の公式LINEに友だち追加すると…": someone else's.
                || IsOthersRegistration(s, start, end);
            // A job post says what the piece is in the line before the code's ("待合室に貼るポスター…。内容：…友だち追加QRコード").
            var from = jobPost ? Sentence.StartBack(t, start, 1) : Sentence.StartOf(t, start);
            if (!counted && Keywords.WorkTopic.IndexIn(s, start - 8, end + 12) < 0 && PrintedQr.IndexIn(t, from, Sentence.EndOf(t, end)) < 0)
            {
                mentioned = true;
                hits.Add(new Hit(Codes.ChatApp, start, len, 0.8, Soft: true));
            }
        }

        var named = false;
        var serverApp = false;
        var appNamed = false;
        var meetingApp = false;
        foreach (var (start, len) in Apps.InOverlapping(s, hits))
        {
            // "ディスコードサーバー" is one katakana word, but the app's server all the same.
            serverApp |= t.AsSpan(start + len).StartsWith("サ-バ-") && HasServers(t, start, len);
            if (!IsWholeWord(s.Source, start, len) || IsInModelNumber(t, start, len)
                || (IsOrdinaryWord(t, start, len) && InCompound(s.Source, start)
                    && InvitationDetector.Pointers.IndexIn(s, start - IntentBefore, start) < 0))
            {
                continue;
            }

            var end = start + len;
            if (IsAboutSomethingElse(t, start, len) || IsLevelLine(t, start, len))
            {
                continue;
            }

            appNamed = true;

            serverApp |= HasServers(t, start, len);
            meetingApp |= IsMeetingApp(t, start, len);

            if (jobPost && t.AsSpan(start, len) is "電話" && PhoneJob.AnyIn(s))
            {
                // "テレアポのお仕事です…新商品を電話でご紹介いただきます": the calls are the work.
                continue;
            }

            if (jobPost && IsMeetingApp(t, start, len) && GroupEvent.MatchLength(t, end) > 0 && HandleAfter(t, end, idGiven: false) < 0)
            {
                // "詳細は毎週のZoom説明会で（途中退出可）": a job post's briefing for all applicants, not a private talk.
                continue;
            }

            if (IsKnownId(t, start, len) && Credentials.IndexIn(t, Sentence.StartOf(t, start), Sentence.EndOf(t, end)) >= 0)
            {
                // "いつものIDとパスワードで管理画面に入って": a service's login handed over for the work.
                continue;
            }

            named |= HasDirectMessages(t, start, len);
            if (OfficialHandle(s, start, end) is var officialEnd and > 0)
            {
                hits.Add(new Hit(Codes.ChatApp, start, officialEnd - start, 0.9, Soft: false));
                continue;
            }

            var handleEnd = HandleAfter(t, end, idGiven: false);
            var disguised = LookNames.Contains(t.AsSpan(start, len));
            if (disguised && start > 1 && t[start - 1] == '(' && end < t.Length && t[end] == ')'
                && InvitationDetector.HandleBefore(t, start - 1) is var handleStart and >= 0 && !IsTopic(s, start, end))
            {
                // "rin_vt_edit（紫のアプリ）": a handle with the disguised app named after it in brackets.
                hits.Add(new Hit(Codes.ChatApp, handleStart, end + 1 - handleStart, 0.9, Soft: false));
                continue;
            }

            if (handleEnd > 0 && (!IsGeneric(t, start, len) || (disguised && !IsTopic(s, start, end))))
            {
                hits.Add(new Hit(Codes.ChatApp, start, handleEnd - start, 0.95, Soft: false));
                continue;
            }

            var dm = DirectMessage.IndexIn(s, end, end + 4);
            var dmEnd = dm < 0 ? -1 : dm + DirectMessage.MatchLength(s, dm);
            // In a job post the DM is the work's subject in a sentence about the work, unless the talk is held there ("詳しくはインスタの
            // DMで話しましょ", "選考はインスタのDMで行います").
            if (dm >= 0 && !(jobPost && SentenceHasTopic(s, start, end) && !DmTalk(t, dmEnd)) && DmWork.MatchLength(t, dmEnd) == 0)
            {
                // "インスタのDMで", "XでDM": a direct-message invitation even when the app is also the work's topic.
                mentioned = true;
                hits.Add(new Hit(Codes.ChatApp, start, len, 0.85, Soft: true));
                continue;
            }

            var nameAt = end < t.Length && t[end] == ' ' ? end + 1 : end;
            var written = IdWords.IndexIn(s, end, end + 3) >= 0 || NameWords.MatchLength(t, nameAt) > 0 ? WriteItDown.IndexIn(t, end, end + RequestAfter + 4) : -1;
            if (written >= 0 && Keywords.WorkTopic.IndexIn(s, end, written) < 0)
            {
                // "Chatwork IDを記載してください": the ID asked for, whatever the work is about.
                mentioned = true;
                hits.Add(new Hit(Codes.ChatApp, start, len, 0.85, Soft: true));
                continue;
            }

            if (AccountAddAsked.MatchLength(t, end) > 0 && !IsTopic(s, start, end))
            {
                // "下記フォームに回答後、画面に表示されるLINEアカウントを追加してください": the reader told to add the app's account, whatever
                // else the sentence is about.
                mentioned = true;
                hits.Add(new Hit(Codes.ChatApp, start, len, 0.85, Soft: true));
                continue;
            }

            if (!jobPost && IsTakenThere(t, end) && !IsTopic(s, start, end))
            {
                // "業務委託のご相談はSlackの共有チャンネルでも受け付けています": requests taken on the app, whatever they are about (a job
                // post's app taking bookings is the client's shop's).
                mentioned = true;
                hits.Add(new Hit(Codes.ChatApp, start, len, 0.85, Soft: true));
                continue;
            }

            var jobTopic = describesWork && Keywords.RequestIntent.IndexIn(s, end, end + RequestAfter) < 0 && SentenceHasTopic(s, start, end, disguised);
            // "…と通知が来ましたが、続きは電話で決めちゃいましょう": the rest of the talk said to go there, right before the name, whatever
            // else the sentence is about.
            var next = Continue.IndexIn(s, Math.Max(Sentence.StartOf(t, start), start - ContinueBefore), start);
            var continued = next >= 0 && !describesWork && end < t.Length && t[end] == 'デ';
            if (IsTopic(s, start, end) || IsNounUse(t, end) || jobTopic
                || (IsOrdinaryWord(t, start, len) && !continued && SentenceHasTopic(s, start, end)
                    && InvitationDetector.Pointers.IndexIn(s, start - IntentBefore, end + IntentAfter) < 0))
            {
                continue;
            }

            if (IsSortedBy(s, end))
            {
                // "LINE・電話・メールのパターン別に20例": the apps are the kinds the work is sorted by.
                continue;
            }

            if (t.AsSpan(end).StartsWith("ヨリ"))
            {
                // "LINEよりここの方が早いので": the app is the one not chosen.
                continue;
            }

            if (IsPrintedCode(t, start, end, jobPost))
            {
                // "お問い合わせ先はお店のInstagramのQRコードを載せる予定": the shop's account printed on the piece being made.
                continue;
            }

            if (RegistrationAfter(t, end) is var registered and >= 0 && IsOthersRegistration(s, start, registered + RegisterActs.MatchLength(t, registered)))
            {
                // "先方の公式LINEに登録すると、案内メッセージが届くところまで確認できました": a registration that is someone else's.
                continue;
            }

            mentioned = true;

            if (next >= 0 && end < t.Length && t[end] == 'デ')
            {
                // "詳細は応募後にテレグラムで": the conversation is to continue there.
                hits.Add(new Hit(Codes.ChatApp, next, end + 1 - next, 0.8, Soft: true));
                continue;
            }

            // The intent is looked for around the name, not inside it ("LINE通話" holds "通話"); a call on the app named as
            // such ("LINE通話しながら説明したい") is itself the invitation, unless the sentence is about work on it
            // ("LINE通話の録音を文字起こし").
            // An app disguised by its look takes the wider invitations: nobody describes the app the work is about that way.
            var strict = IsGeneric(t, start, len) && !disguised;
            var intent = strict ? Keywords.ContactIntentStrict : Keywords.ContactIntent;
            var at = intent.IndexIn(s, start - IntentBefore, start);
            at = at >= 0 ? at : IntentAfterName(s, intent, end);
            at = at >= 0 || !IsCall(t, start, len) || SentenceHasTopic(s, start, end) ? at : start;
            at = at >= 0 ? at : AccountAsked(s, end);
            if (at < 0 && !strict)
            {
                at = Keywords.RequestIntent.IndexIn(s, end, end + RequestAfter);
            }

            if (at < 0)
            {
                // "メール（プロフィールに記載）", "前にお伝えしたメール": where the address is, instead of the address.
                at = InvitationDetector.Pointers.IndexIn(s, start - IntentBefore, end + IntentAfter);
            }

            if (at >= 0 && Invites.MatchLength(t, at) is var invite and > 0 && AddedBy.MatchLength(t, at + invite) > 0)
            {
                // "LINEで友だち追加してくれた会員さん向けの": the account's followers, the audience of the work.
                continue;
            }

            if (at >= 0 && Math.Max(Invites.MatchLength(t, at), RegisterActs.MatchLength(t, at)) is var act and > 0
                && (IsAudience(t, at + act) || IsOthersRegistration(s, start, at + act)))
            {
                // "LINEで友だち追加してくれた会員さん向けの": the account's followers, the audience of the work.
                continue;
            }

            if (at >= 0)
            {
                hits.Add(new Hit(Codes.ChatApp, start, len, IsGeneric(t, start, len) ? 0.7 : 0.85, Soft: true));
            }
        }

        // "LINE登録するだけで手順をお送りします": registering the app's account offered as all it takes, with no ID.
        mentioned |= AddRegistrationLures(s, hits, describesWork);

        if (named || InvitationDetector.Pointers.AnyIn(s) || t.Contains('@'))
        {
            // DMs offered with the way to find the account on the profile ("見積もりはDMでどうぞ（アカウントはプロフィール欄に）") or a
            // handle ("@kumo_works へDMくれたら返します") need no app's name.
            mentioned |= AddOfferedDirectMessages(s, hits, jobPost);
        }

        if (mentioned)
        {
            foreach (var (start, len) in InviteSent.In(t, s, hits))
            {
                // "Discordサーバーで説明します。応募いただいた方全員に招待コードをお送りします": the app's invite sent to the reader.
                if (Keywords.WorkTopic.IndexIn(s, start - 8, start + len + 8) < 0)
                {
                    hits.Add(new Hit(Codes.ChatApp, start, len, 0.8, Soft: true));
                }
            }
        }

        if (meetingApp && !describesWork)
        {
            foreach (var (start, len) in MeetingUrlSent.In(t, s, hits))
            {
                // The link opens its sentence ("URLは後で送ります"), not a file's or a page's link ("ファイルのURLは後で送ります").
                if (start == 0 || t[start - 1] is '。' or '\n' or ' ' or '!' or '、')
                {
                    hits.Add(new Hit(Codes.ChatApp, start, len, 0.8, Soft: true));
                }
            }
        }

        AddSkypeLiveIds(t, hits);

        if (serverApp)
        {
            // "進捗はDiscordのサーバーで共有しています…招待コードは Nk7qR2 です": the server's invite code given, whatever the app is there for.
            foreach (var (start, len) in InviteCodes.In(t, s, hits))
            {
                var code = CodeAfter(t, start + len);
                if (code > 0)
                {
                    hits.Add(new Hit(Codes.ChatApp, start, code - start, 0.9, Soft: false));
                }
            }
        }

        if (mentioned)
        {
            // An app is named as a way to talk: an ID or @handle anywhere in the text is that app's ID.
            foreach (var (start, len) in IdWords.In(s, hits))
            {
                var ascii = char.IsAsciiLetter(t[start]);
                if (ascii && (start > 0 && char.IsAsciiLetter(t[start - 1]) || start + len < t.Length && char.IsAsciiLetter(t[start + len])))
                {
                    continue;
                }

                if (t[start] == '@' && start > 0 && AddressView.IsAddressChar(t[start - 1]))
                {
                    continue;
                }

                var end = HandleAfter(t, t[start] == '@' ? start : start + len, idGiven: true);
                if (end > 0 && !(describesWork && IsShownToLookAt(s, start, end)))
                {
                    hits.Add(new Hit(Codes.ChatApp, start, end - start, 0.9, Soft: false));
                }
                else if (end < 0 && IdAsked(s, start, len) is var askEnd and > 0)
                {
                    // "「LINEを交換して」と言われました。IDを教えていただけますか？": the app's ID asked for on its own.
                    hits.Add(new Hit(Codes.ChatApp, start, askEnd - start, 0.8, Soft: true));
                }
            }

            AddDiscordTags(t, hits);
        }
        else if (appNamed)
        {
            AddIdsToAdd(s, hits);
        }
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

    private static readonly Phrases IdAdded = Phrases.Unindexed(
        "を追加し", "を追加の", "を友だち追加", "を友達追加", "をフォローし", "で追加し", "で友だち追加", "で友達追加", "で検索し");

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

    // "上位報酬ラインまで進めて", "合格ライン", "生産ライン", "折れ線グラフ（ライン）": ライン ending a compound of a level, a line of
    // work or a drawn line, or glossing one in brackets, no app.
    private static bool IsLevelLine(string t, int start, int len) =>
        t.AsSpan(start, len) is "ライン" && LevelWords.EndOf(t.AsSpan(0, start > 0 && t[start - 1] == '(' ? start - 1 : start));

    // An SNS or chat app, which has direct messages of its own: not a phone, a mail box or a name that is also a letter or word.
    private static bool HasDirectMessages(string t, int start, int len) =>
        !DescribedNames.Contains(t.AsSpan(start, len)) && t.AsSpan(start, len) is not ("電話" or "でんわ" or "デンワ" or "メ-ル" or "携帯" or "ケ-タイ" or "x"
            or "meet" or "teams" or "signal" or "シグナル" or "sms" or "gmail" or "ジ-メ-ル" or "ヤフ-メ-ル" or "yahooメ-ル" or "フリ-メ-ル"
            or "ショ-トメ-ル" or "ショ-トメッセ-ジ" or "cメ-ル" or "個人メ-ル" or "zoom" or "ズ-ム" or "google meet" or "gmeet" or "グ-グルミ-ト"
            or "notion" or "ノ-ション");

    private static int SkipSpaces(string t, int i)
    {
        while (i < t.Length && t[i] == ' ')
        {
            i++;
        }

        return i;
    }

    // Whether the talk is held in the DM, read right after "DM": "DMで話しましょ", "DMで行います".
    private static bool DmTalk(string t, int dmEnd) => DmOffered.MatchLength(t, dmEnd) > 0;

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

    // Meeting apps, whose group events (説明会, セミナー) are held for many at once.
    private static bool IsMeetingApp(string t, int start, int len) =>
        t.AsSpan(start, len) is "zoom" or "ズ-ム" or "google meet" or "gmeet" or "グ-グルミ-ト" or "teams" or "チ-ムズ" or "meet" or "webex";

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

    // The app's account added or followed by the reader, asked right after the app's name.
    private static readonly Phrases AccountAddAsked = Phrases.Unindexed(
        "アカウントを追加してください", "アカウントを追加して下さい", "アカウントを追加のうえ", "アカウントを追加の上", "アカウントを友だち追加して",
        "アカウントを友達追加して", "アカウントをフォローしてください", "アカウントをフォローのうえ", "アカウントを登録してください", "を友だち追加してください",
        "を友達追加してください", "を友だち追加のうえ", "を友達追加のうえ");

    private static readonly Phrases SortedBy = Phrases.Unindexed("のパターン別", "パターン別", "のパターンごと", "別に", "ごとに", "ごとの", "別の例", "別の文");

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
            or "オ-プンチャット" or "オプチャ" or "フリ-メ-ル" or "notion" or "ノ-ション";

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
