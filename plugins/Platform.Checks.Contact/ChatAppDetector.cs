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
            if (IsAboutSomethingElse(t, start, len) || IsLevelLine(t, start, len) || IsComingVerb(t, start, len))
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

        // "詳しくは公式LINEで配信中です": the app named as where the reader's details or jobs are given now, said as a state.
        mentioned |= AddStatedLures(s, hits);

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
}
