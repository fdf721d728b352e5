namespace Platform.Checks.Contact;

/// <summary>
/// Details pointed at rather than written: the writer's own number or address said to be somewhere the reader can read it and
/// the talk sent there (見積書のフッターに私の携帯を入れてあります、以降はそちらで), one given before said to be still good
/// (番号変わってないので), the link on the writer's SNS profile (プロフのリンクから公式LINEへ), an ID given as where to write
/// (ご連絡はこのIDへ → ts_design07), and the part of an address before "@" (メールのユーザー名は『hanamizuki』です). The phrase sets here
/// stand alone: static fields of one class initialise in text order, which across the files of a partial class is not fixed.
/// </summary>
internal static partial class InvitationDetector
{
    private static readonly string[] Owners = ["私の", "わたしの", "僕の", "ぼくの", "自分の", "当方の", "俺の", "わしの", "あたしの"];

    private static readonly string[] OwnLines =
        ["携帯", "ケータイ", "電話", "電話番号", "携帯番号", "番号", "メール", "メアド", "メールアドレス", "アドレス", "連絡先", "line", "ライン", "gmail",
            // A direct line named by its kind: "readme.txtの一番下に私の直通の連絡先を書いておいたので、お急ぎのときはそちらへどうぞ".
            "直通", "直通番号", "直通の番号", "直通の連絡先", "直通の電話", "個人の連絡先", "個人の携帯", "個人携帯", "個人のメール"];

    /// <summary>The writer's own line or address named (私の携帯, 僕のメール).</summary>
    internal static readonly Phrases OwnDetails = new([.. Owners.SelectMany(o => OwnLines.Select(d => o + d))]);

    /// <summary>
    /// The talk sent to it, in the detail's sentence or the next ("…入れてありますので、以降はそちらで", "…は私の携帯です。お急ぎのときは
    /// そちらにどうぞ"): from now on there, or an invitation to write or call there; not "そちらで" alone, which is as often "on your side".
    /// </summary>
    private static readonly Phrases ThereOn = Phrases.Unindexed(
        [
            .. new[] { "以降は", "以後は", "今後は", "今後も", "これからは", "引き続き", "次回からは", "次からは" }
                .SelectMany(w => new[] { w + "そちら", w + "そっち" }),
            .. new[] { "そちら", "そっち" }.SelectMany(w => new[] { "にどうぞ", "へどうぞ", "までどうぞ", "からどうぞ", "にご連絡", "へご連絡", "までご連絡", "に連絡", "へ連絡", "にお電話", "に電話", "にメール", "へメール" }
                .Select(v => w + v)),
        ]);

    /// <summary>A number or address the reader already has, said to be still good (番号変わってないので, メールアドレスは変わっていないので).</summary>
    internal static readonly Phrases StillGood = new(
        "変わってない", "変わっていない", "変わっていません", "変わってません", "変わっておりません", "変わりありません", "変わりない",
        "変更ありません", "変更はありません", "変更ないので", "変更なしで", "前のまま", "前のやつのまま", "以前のまま");

    /// <summary>The details <see cref="StillGood"/> is said of, right before it (with a particle).</summary>
    private static readonly Phrases StillGoodNouns = Phrases.Unindexed(
        "番号", "電話番号", "携帯番号", "携帯", "ケータイ", "メール", "メアド", "メールアドレス", "アドレス", "連絡先", "lineのid", "line id", "lineid");

    /// <summary>Whose details, before them: the reader's or a customer's data, not the writer's line.</summary>
    private static readonly Phrases DataOwner = Phrases.Unindexed("ご登録", "登録の", "登録した", "お届け先", "お客様", "顧客", "会員", "あなたの", "ご自身");

    /// <summary>
    /// The link on the writer's SNS profile (the "link in bio"): where a sales or network pitch sends the reader ("詳しくはプロフのリンクから",
    /// "インスタのプロフィールのリンクから直接ご依頼いただけます").
    /// </summary>
    internal static readonly Phrases ProfileLink = new(
        [
            // …or on the writer's pinned post or profile page: "固定ツイートのリンクから登録を", "bio欄のURLから".
            .. new[] { "プロフ", "プロフィール", "プロフ欄", "プロフィール欄", "bio", "bio欄", "プロフページ", "プロフィールページ", "固定ツイート", "固定ポスト", "固定投稿", "固ツイ" }
                .SelectMany(p => new[] { "のリンク", "にあるリンク", "に貼ってるリンク", "に貼ってあるリンク", "に貼ったリンク", "記載のリンク", "上部のリンク", "下部のリンク", "のurl", "にあるurl", "に貼ってるurl", "に貼ってあるurl" }
                    .Select(l => p + l)),
            "プロフリンク", "プロフィールリンク",
        ]);

    /// <summary>
    /// A chat app's account registered, added or followed through the link, or the reader taken there ("プロフのURLから飛べます。LINE
    /// 登録だけで…", "固定ツイートのリンクから登録を、LINEで案内します"): read with a chat app named in the link's sentence or the next.
    /// </summary>
    private static readonly Phrases RegisteredThere = Phrases.Unindexed(
        "登録", "追加", "友だち", "友達", "ともだち", "フォロー", "参加", "加入", "入会", "飛べ", "飛んで", "飛ん", "飛ぶ", "入れ", "入って", "受け取");

    /// <summary>
    /// The writer's own picture or code named as what to scan ("私のアイコン画像のQRコードを読み取っていただければ、すぐにつながれます"): read
    /// with <see cref="OwnCodeRead"/> and <see cref="OwnCodeJoins"/>.
    /// </summary>
    internal static readonly Phrases OwnCode = new(
        [.. Owners.SelectMany(o => new[] { "アイコン", "アイコン画像", "プロフィール画像", "プロフ画像", "ヘッダー画像", "qr", "qrコード" }.Select(c => o + c))]);

    /// <summary>The code scanned by the reader, right after "QRコード".</summary>
    private static readonly Phrases OwnCodeRead = Phrases.Unindexed(
        "を読み取", "を読みと", "を読み込", "を読込", "をスキャン", "から追加", "から友だち", "から友達", "で追加", "で友だち", "で友達");

    /// <summary>The reader connected with the writer by it, in its sentence or the next: "すぐにつながれます", "そちらで打ち合わせしましょう".</summary>
    private static readonly Phrases OwnCodeJoins = Phrases.Unindexed(
        "つなが", "繋が", "追加", "友だち", "友達", "ご連絡", "連絡くだ", "連絡して", "そちらで", "そっちで", "そちらに", "そっちに");

    private const int OwnCodeReach = 12;

    /// <summary>Right after the link (past "先" and a bracket): the reader sent through it (から, へ, より).</summary>
    private static readonly Phrases ThroughIt = Phrases.Unindexed("から", "へ", "より", "で");

    /// <summary>
    /// Where the link leads, said right after it: a talk, an order or a chat account ("プロフのリンクから公式LINEへ", "…から個別相談へ",
    /// "…から直接オーダー"). A bare "プロフのリンクから" is as often the way to a sign-up or a briefing the pitch itself is about.
    /// </summary>
    private static readonly Phrases LinkLeadsTo = Phrases.Unindexed(
        "公式line", "公式ライン", "line", "ライン", "dm", "個別相談", "個別", "直接", "ご依頼", "依頼", "お申し込み", "お申込み", "申し込み",
        "お問い合わせ", "問い合わせ", "ご連絡", "連絡", "メッセージ", "ご相談", "相談", "オーダー", "ご注文", "注文", "予約", "お気軽", "気軽");

    /// <summary>The rest of the talk, before the link in its sentence: it goes on behind the link ("続きはプロフィールのリンクから").</summary>
    private static readonly Phrases RestOfTalk = Phrases.Unindexed("続きは", "続きについては", "この先は", "ここから先は", "残りは");

    /// <summary>The deal's details said to be behind the link ("詳しくはプロフのリンクから"), unless only works are shown there (<see cref="ViewOnly"/>).</summary>
    private static readonly Phrases DetailsThere = Phrases.Unindexed("詳しくは", "くわしくは", "詳細は", "詳細については", "詳しい条件", "料金は", "価格は");

    /// <summary>An SNS whose profile the link is on ("インスタのプロフのリンクから"), named before it: the reader is sent off the platform.</summary>
    private static readonly Phrases SnsNames = Phrases.Unindexed(
        "インスタ", "instagram", "tiktok", "ティックトック", "twitter", "ツイッター", "xの", "threads", "スレッズ", "youtube", "ユーチューブ",
        "facebook", "フェイスブック", "note");

    /// <summary>Looking at the work there, not writing: "過去に編集した動画はプロフのリンクから見れます".</summary>
    private static readonly Phrases ViewOnly = Phrases.Unindexed(
        "見れ", "見られ", "見て", "ご覧", "閲覧", "ご確認", "確認でき", "チェック", "作品", "実績", "ポートフォリオ", "動画", "過去");

    /// <summary>
    /// An ID given as the place to write ("ご連絡はこのIDへ → ts_design07", "最後の行のIDまで いつでもどうぞ kumo_writer"), with no app named:
    /// read with the handle after it.
    /// </summary>
    internal static readonly Phrases IdAsPlace = new(
        [.. new[] { "id", "アイディー", "アイディ" }.SelectMany(i => new[] { i + "へ", i + "まで", i + "に", i + "宛", i + "あて" })]);

    /// <summary>The ID written to or added, said before it in its sentence or right after it.</summary>
    private static readonly Phrases WriteToId = Phrases.Unindexed(
        "連絡", "どうぞ", "相談", "メッセージ", "dm", "追加", "お気軽", "ご依頼", "問い合わせ", "お問合せ", "話しかけ", "声をかけ", "声かけ");

    /// <summary>Another system's ID, right before the word: a login, an order, a member number (ログインIDへ, 会員IDまで).</summary>
    private static readonly Phrases OtherIds = Phrases.Unindexed(
        "ログイン", "会員", "注文", "ユーザー", "管理者", "社員", "お客様", "顧客", "申込", "申し込み", "受付", "予約", "問い合わせ", "契約", "案件");

    /// <summary>
    /// The part of an e-mail address before "@" given on its own ("メールのユーザー名は屋号と同じ『hanamizuki』です", "メアドの前半は kenta.m1988"):
    /// the rest is a provider anyone can add.
    /// </summary>
    internal static readonly Phrases LocalPart = new(
        [
            .. new[] { "メールの", "メアドの", "アドレスの", "メールアドレスの", "gmailの", "ジーメールの" }
                .SelectMany(m => new[] { "ユーザー名", "ユーザ名", "前半", "前の部分", "アカウント名", "名前の部分" }.Select(p => m + p)),
            "@ の前", "@ より前", "@マークの前", "アットマークの前は", "アットの前",
            // The address named just before: "メールのことなんですが、前半が「minami」「.」「side」で、後ろはヤフーのやつ".
            "前半が", "前半は",
        ]);

    /// <summary>The mail box named shortly before a bare "前半は".</summary>
    private static readonly Phrases MailNamed = Phrases.Unindexed("メール", "メアド", "アドレス", "gmail");

    private const int MailReach = 24;

    // How far after the phrase the name starts: a few words between ("は屋号と同じ『hanamizuki』"), none after a bare "前半は".
    private const int NamedReach = 12;

    private const int NamedRightAfter = 2;

    private const int ThereReach = 3;

    private static readonly string QrCode = Phrases.Fold("qrコード");

    // Particles and marks that end the noun phrase between the owner and the code.
    private static readonly System.Buffers.SearchValues<char> OwnCodeBreaks = System.Buffers.SearchValues.Create("デハヲガニト、。,!? \n");

    private const int TopicReach = 8;

    private const int HandleReach = 40;

    // Past the link, in its sentence: a registration or the reader taken there, and a chat app named in that sentence or the next
    // (not one that is also an ordinary word: "インスタ", "メール").
    private static bool LeadsToChatApp(ScanText scan, int from)
    {
        var t = scan.Text;
        var e = Sentence.EndOf(t, from);
        if (RegisteredThere.IndexIn(t, from, Math.Min(e, from + RegisteredReach)) < 0)
        {
            return false;
        }

        var next = e;
        while (next < t.Length && t[next] is '\n' or ' ')
        {
            next++;
        }

        return ChatAppDetector.NamedAppIn(scan, Sentence.StartOf(t, from), Sentence.EndOf(t, next)).Start >= 0;
    }

    private const int RegisteredReach = 16;

    private static void DetectPointed(ScanText scan, List<Hit> hits)
    {
        var t = scan.Text;
        foreach (var (start, len) in OwnDetails.In(scan, hits))
        {
            // "右下のフッターに私の携帯とメールを入れてありますので、以降はそちらで": the writer's detail, and the talk sent to it.
            var end = start + len;
            if (end < t.Length && t[end] == 'ノ' && !t.AsSpan(end + 1).StartsWith("番号") && !t.AsSpan(end + 1).StartsWith("アドレス"))
            {
                // "私のメールの書き方", "私の携帯の画面": the mail or phone itself, not the line to reach the writer.
                continue;
            }

            var to = Sentence.EndOf(t, Sentence.EndOf(t, end));
            var there = ThereOn.IndexIn(t, end, to);
            if (there >= 0 && OnPlatform.IndexIn(scan, start, to) < 0 && Keywords.WorkTopic.IndexIn(scan, start, end + ThereReach) < 0)
            {
                hits.Add(new Hit(Codes.Invitation, start, there + ThereOn.MatchLength(t, there) - start, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in OwnCode.In(scan, hits))
        {
            // "私のアイコン画像のQRコードを読み取っていただければ、すぐにつながれます": the writer's code scanned to reach the writer. The code
            // follows the owner with nouns and "の" only between ("私のスマホでQRコードを読み取ると…" is the writer's own trouble).
            var end = start + len;
            var qr = t.AsSpan(start, len).EndsWith("qr") || t.AsSpan(start, len).EndsWith(QrCode) ? end : t.IndexOf("qr", end, Math.Min(OwnCodeReach, t.Length - end), StringComparison.Ordinal);
            if (qr < 0 || (qr > end && t.AsSpan(end, qr - end).ContainsAny(OwnCodeBreaks)))
            {
                continue;
            }

            var code = t.AsSpan(qr).StartsWith(QrCode) ? qr + QrCode.Length : qr == end ? end : qr + 2;
            var read = OwnCodeRead.MatchLength(t, code) > 0 ? code : -1;
            if (read < 0 || OwnCodeJoins.IndexIn(t, read, Sentence.EndOf(t, Sentence.EndOf(t, read))) < 0 || OnPlatform.IndexIn(scan, start, Sentence.EndOf(t, read)) >= 0)
            {
                continue;
            }

            hits.Add(new Hit(Codes.Invitation, start, read + OwnCodeRead.MatchLength(t, read) - start, 0.8, Soft: true));
        }

        foreach (var (start, len) in StillGood.In(scan, hits))
        {
            var end = start + len;
            var noun = NounBefore(t, start);
            if (noun < 0 || (end < t.Length && t[end] is 'カ' or '?') || (noun > 0 && IsWordChar(scan.Source, noun - 1))
                || DataOwner.IndexIn(t, Math.Max(Sentence.StartOf(t, noun), noun - 8), noun) >= 0 || OthersContact.IndexIn(t, noun - 6, noun) >= 0
                || Keywords.WorkTopic.IndexIn(scan, noun - TopicReach, end + TopicReach) >= 0)
            {
                continue;
            }

            hits.Add(new Hit(Codes.Invitation, noun, end - noun, 0.75, Soft: true));
        }

        foreach (var (start, len) in ProfileLink.In(scan, hits))
        {
            var end = start + len;
            var s = Sentence.StartOf(t, start);
            var e = Sentence.EndOf(t, end);
            var after = PastLinkTail(t, end);
            var through = ThroughIt.MatchLength(t, after);
            // The rest of the talk put behind the link ("続きはプロフィールのリンクから"): whatever the page shows, the reader is sent there to go on.
            var rest = through > 0 && RestOfTalk.IndexIn(t, s, start) >= 0;
            var leads = through > 0 && (LinkLeadsTo.IndexIn(t, after + through, Math.Min(e, after + through + 8)) >= 0
                || SnsNames.IndexIn(t, Math.Max(Sentence.PreviousStartOf(t, start), start - 40), start) >= 0
                || LeadsToChatApp(scan, after + through) || rest || DetailsThere.IndexIn(t, s, start) >= 0);
            // A topic outside the link's own words ("プロフィール欄" holds "欄").
            if (!leads || (!rest && ViewOnly.IndexIn(t, s, Math.Min(e, after + through + 10)) >= 0) || OnPlatform.IndexIn(scan, s, e) >= 0
                || Keywords.WorkTopic.IndexIn(scan, s, start) >= 0 || Keywords.WorkTopic.IndexIn(scan, end, e) >= 0)
            {
                continue;
            }

            hits.Add(new Hit(Codes.Invitation, start, after + through - start, 0.75, Soft: true));
        }

        foreach (var (start, len) in IdAsPlace.In(scan, hits))
        {
            // A word of its own ("このIDへ"), not another system's ID (ログインIDへ) or the end of a Latin word (paid).
            if ((start > 0 && char.IsAsciiLetterOrDigit(t[start - 1])) || OtherIds.IndexIn(t, Math.Max(0, start - 6), start) >= 0
                || (start > 0 && IsWordChar(scan.Source, start - 1) && t[start - 1] is not ('ノ' or 'ハ' or 'ヲ' or 'モ')))
            {
                continue;
            }

            var end = start + len;
            var s = Sentence.StartOf(t, start);
            var handle = HandleAfterId(t, end);
            // Written to after it ("このIDに連絡"), or, with "へ" or "まで", the talk named before it ("ご連絡はこのIDへ"); not "IDに" after any
            // word of contact ("ご連絡いただいたIDにログインできません").
            var toward = t[end - 1] is not 'ニ';
            var asked = WriteToId.IndexIn(t, end, Math.Min(t.Length, end + 16)) >= 0 || (toward && WriteToId.IndexIn(t, s, start) >= 0);
            if (handle > 0 && asked && Keywords.WorkTopic.IndexIn(scan, s, end) < 0)
            {
                hits.Add(new Hit(Codes.ChatApp, start, handle - start, 0.85, Soft: false));
            }
        }

        foreach (var (start, len) in LocalPart.In(scan, hits))
        {
            // The local part as a name in brackets or a Latin handle, in the phrase's sentence: "…は屋号と同じ『hanamizuki』です".
            var end = start + len;
            var e = Sentence.EndOf(t, end);
            if (t[start] == '前' && MailNamed.IndexIn(t, Math.Max(0, start - MailReach), start) < 0)
            {
                continue;
            }

            var named = NamedPartEnd(t, end, Math.Min(e, end + (t[start] == '前' ? NamedRightAfter : NamedReach)));
            if (named > 0 && AddressData.IndexIn(t, Sentence.StartOf(t, start), e) < 0 && Keywords.WorkTopic.IndexIn(scan, start, e) < 0)
            {
                hits.Add(new Hit(Codes.Invitation, start, named - start, 0.8, Soft: true));
            }
        }
    }

    // Start of the detail noun right before t[at], past a particle (は, も, が, "、"), or -1.
    private static int NounBefore(string t, int at)
    {
        var i = at;
        while (i > 0 && at - i < 2 && t[i - 1] is 'ハ' or 'モ' or 'ガ' or '、' or ' ')
        {
            i--;
        }

        var best = -1;
        for (var k = Math.Max(0, i - 12); k < i; k++)
        {
            if (k + StillGoodNouns.MatchLength(t, k) == i)
            {
                best = k;
                break;
            }
        }

        return best;
    }

    // Past "先", a form's name and a bracket of its own after the profile's link ("プロフのリンク先フォームから", "プロフのリンク（lit.link/…）から").
    private static int PastLinkTail(string t, int i)
    {
        if (i < t.Length && t[i] == '先')
        {
            i++;
        }

        if (t.AsSpan(i).StartsWith("フォ-ム"))
        {
            i += 4;
        }

        if (i < t.Length && t[i] == '(')
        {
            var close = t.IndexOf(')', i);
            i = close > i && close - i <= 40 ? close + 1 : i;
        }

        while (i < t.Length && t[i] == ' ')
        {
            i++;
        }

        return i;
    }

    // End of a handle (letters with digits, "_" or "."; four chars or more) within HandleReach chars after t[from] (past arrows, colons,
    // quotes and one line break), or -1.
    private static int HandleAfterId(string t, int from)
    {
        var limit = Math.Min(t.Length, from + HandleReach);
        for (var i = from; i < limit; i++)
        {
            if (!char.IsAsciiLetterOrDigit(t[i]) || (i > 0 && (char.IsAsciiLetterOrDigit(t[i - 1]) || t[i - 1] is '_' or '.' or '@')))
            {
                continue;
            }

            var e = i;
            var letters = false;
            var marks = false;
            while (e < t.Length && e - i < 40 && (char.IsAsciiLetterOrDigit(t[e]) || t[e] is '_' or '.' or '-'))
            {
                letters |= char.IsAsciiLetter(t[e]);
                marks |= char.IsAsciiDigit(t[e]) || t[e] is '_' or '.';
                e++;
            }

            while (e > i && t[e - 1] is '.' or '-')
            {
                e--;
            }

            return e - i >= 4 && letters && marks ? e : -1;
        }

        return -1;
    }

    private static readonly System.Buffers.SearchValues<char> QuoteClosers = System.Buffers.SearchValues.Create("」』\"'");

    private static readonly System.Buffers.SearchValues<char> AddressChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789._-");

    // End of the name given for the local part, starting in [from, to): a quoted name of address chars or a Latin handle, or -1.
    private static int NamedPartEnd(string t, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (t[i] is '「' or '『' or '"' or '\'')
            {
                // A name of address chars only: "『hanamizuki』", not "「Plan A」".
                var close = t.AsSpan(i + 1).IndexOfAny(QuoteClosers);
                close = close < 0 ? -1 : close + i + 1;
                var name = close > i + 2 ? t.AsSpan(i + 1, close - i - 1) : default;
                if (close > i + 2 && close - i - 1 <= 64 && name.ContainsAnyInRange('a', 'z') && !name.ContainsAnyExcept(AddressChars))
                {
                    return close + 1;
                }

                i = close > i ? close : i;
            }
            else if (char.IsAsciiLetter(t[i]))
            {
                // A handle with a mark or a digit in it ("kenta.m1988", "yk.design"), not a plain word.
                var e = i;
                var marks = false;
                while (e < t.Length && e - i < 64 && (char.IsAsciiLetterOrDigit(t[e]) || t[e] is '_' or '.' or '-'))
                {
                    marks |= !char.IsAsciiLetter(t[e]);
                    e++;
                }

                while (e > i && t[e - 1] is '.' or '-')
                {
                    e--;
                }

                if (e - i >= 3 && marks)
                {
                    return e;
                }

                i = e;
            }
        }

        return -1;
    }
}
