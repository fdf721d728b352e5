using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>
/// Invitations without an identifier: asking for or offering contact details (連絡先を教えてください) and
/// moving the conversation elsewhere (個別に連絡取りませんか, もっと気軽にやり取りできるところで).
/// </summary>
internal static class InvitationDetector
{
    private const int Window = 16;

    internal static readonly Phrases Elsewhere = new(
        "個別に", "個別で", "個人的に", "直接", "外部で", "外部の", "外で", "サイト外", "ここ以外", "こちら以外", "ここではなく",
        "こちらではなく", "サイトではなく", "ここじゃなく", "プライベートで", "プライベートの", "サイトの外", "別の連絡", "他の連絡");

    internal static readonly Phrases Talk = new(
        "連絡", "やり取り", "やりとり", "話", "通話", "つなが", "繋が", "移動", "移り", "移ら", "移行", "移って", "移しま",
        "コンタクト", "メッセージ交換", "連携を取");

    internal static readonly Phrases Places = new(
        "ところ", "所で", "場所", "ツール", "アプリ", "手段", "環境", "チャット", "sns", "サービス", "方法");

    internal static readonly Phrases PlaceQualifiers = new(
        "別の", "別な", "他の", "ほかの", "外の", "気軽に", "気楽に", "普段", "使い慣れ", "便利な", "スムーズ", "早い", "速い",
        "楽な", "使いやすい", "慣れた", "いつもの", "個人の", "プライベート");

    internal static readonly Phrases OnPlatform = new(
        "メッセージ機能", "メッセージで", "メッセージにて", "サイト内", "サイト上", "プラットフォーム上", "プラットフォーム内",
        "システム上", "チャット機能", "こちらのメッセージ", "このメッセージ", "ワークルーム", "取引画面", "当サイト", "本サイト");

    /// <summary>
    /// Short or generic contact nouns (番号, アドレス, Gmail…): a request for one only when a request verb follows at
    /// once (番号を教えて, Gmailアドレスをください), never inside a compound (注文番号, IPアドレス, アドレス帳).
    /// </summary>
    internal static readonly Phrases AskNouns = new(
        "番号", "お番号", "携帯", "ケータイ", "アドレス", "gmail", "gmailアドレス", "gmailのアドレス", "ジーメール",
        "ジーメールのアドレス", "メールのアドレス", "skypeのid", "スカイプのid", "lineのid", "ラインのid", "個人のid");

    /// <summary>Verbs that ask for something, right after the noun and its particle.</summary>
    internal static readonly Phrases AskVerbs = new(
        "教えて", "教えい", "教え願", "おしえて", "ください", "下さい", "いただけ", "頂け", "いただき", "頂き", "もらえ",
        "貰え", "送って", "交換", "伺え", "伺って", "伺いた", "お聞き", "聞いて", "聞かせ", "知りたい", "お知らせ", "知らせて");

    /// <summary>What makes a bare 番号 / アドレス a phone number or an e-mail address.</summary>
    internal static readonly Phrases AskCues = new(
        "電話", "携帯", "ケータイ", "tel", "sms", "ショートメール", "メール", "gmail", "連絡", "通話", "ドライブ", "共有");

    /// <summary>The platform's messages, said to be in the way (ここだと不便なので, 文字だと伝わりにくいので).</summary>
    internal static readonly Phrases Here = new(
        "ここだと", "ここでは", "ここじゃ", "このサイトだと", "このサイトでは", "こちらだと", "サイト内だと", "このアプリだと",
        "ここのメッセージ", "メッセージ機能だと", "メッセージだと", "文字だと", "テキストだと", "チャットだと");

    private static readonly Phrases InTheWay = new(
        "不便", "やりにくい", "やりづらい", "使いにくい", "使いづらい", "面倒", "めんどう", "通知が来", "通知がこな", "通知が遅",
        "見落とし", "返信が遅", "伝わりにくい", "伝わりづらい", "話しにくい", "話しづらい");

    /// <summary>Being searched for by name elsewhere ("「ひらの開発室」でググってください").</summary>
    internal static readonly Phrases SearchMe = new("でググ", "でぐぐ", "で検索して", "と検索して", "で検索を", "で検索いただ", "で調べてみて");

    private static readonly Phrases Research = new("調査", "リスト", "上位", "順位", "seo", "結果", "競合", "件", "記事", "キーワード");

    public static void Detect(ScanText scan, List<Hit> hits)
    {
        var t = scan.Text;
        foreach (var (start, len) in Here.In(scan, hits))
        {
            var end = start + len;
            var w = InTheWay.IndexIn(scan, end, end + 16);
            var to = Sentence.EndOf(t, Sentence.EndOf(t, end));
            var talk = w < 0 ? -1 : Talk.IndexIn(scan, end, to);
            if (talk >= 0 && OnPlatform.IndexIn(scan, end, to) < 0)
            {
                hits.Add(new Hit(Codes.Invitation, start, talk + Talk.MatchLength(scan, talk) - start, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in SearchMe.In(scan, hits))
        {
            // A quoted name right before: the way to find the sender elsewhere.
            var quoted = start > 0 && t[start - 1] is '」' or '』' or '"' or '\'';
            var s = Sentence.StartOf(t, start);
            var open = quoted ? Math.Max(s, t.LastIndexOfAny(['「', '『', '"', '\''], start - 2) is var o and >= 0 ? o : start - 1) : start;
            if (quoted && Research.IndexIn(scan, s, Sentence.EndOf(t, start + len)) < 0 && Keywords.WorkTopic.IndexIn(scan, s, open) < 0)
            {
                hits.Add(new Hit(Codes.Invitation, open, start + len - open, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in AskNouns.In(scan, hits))
        {
            if (IsAsked(scan, start, len))
            {
                hits.Add(new Hit(Codes.Invitation, start, len, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in Keywords.ContactNouns.In(scan, hits))
        {
            var end = start + len;
            if (Keywords.WorkTopic.IndexIn(scan, end, end + 10) >= 0 || Keywords.WorkTopic.IndexIn(scan, start - 6, start) >= 0)
            {
                continue;
            }

            // 連絡先一覧, メールアドレス欄: the noun starts a compound, unless a verb follows at once (連絡先交換).
            var tail = t.AsSpan(start, len).EndsWith("連絡") && end < t.Length && t[end] == '先' ? end + 1 : end;
            if (tail < t.Length && IsWordChar(scan.Source, tail) && t[tail] is not ('等' or '宛')
                && Keywords.ExchangeVerbs.MatchLength(scan, tail) == 0 && Keywords.ContactNouns.MatchLength(scan, tail) == 0
                && AskNouns.MatchLength(scan, tail) == 0)
            {
                continue;
            }

            var e = Sentence.EndOf(t, end);
            if (Keywords.ExchangeVerbs.IndexIn(scan, end, Math.Min(e, end + Window)) >= 0)
            {
                hits.Add(new Hit(Codes.Invitation, start, len, 0.8, Soft: true));
            }
        }

        foreach (var (start, len) in Elsewhere.In(scan, hits))
        {
            var s = Sentence.StartOf(t, start);
            var e = Sentence.EndOf(t, start + len);
            var talk = Talk.IndexIn(scan, start + len, Math.Min(e, start + len + Window));
            if (talk >= 0 && OnPlatform.IndexIn(scan, s, e) < 0)
            {
                hits.Add(new Hit(Codes.Invitation, start, talk + Talk.MatchLength(scan, talk) - start, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in Places.In(scan, hits))
        {
            var s = Sentence.StartOf(t, start);
            var e = Sentence.EndOf(t, start + len);
            var q = PlaceQualifiers.IndexIn(scan, Math.Max(s, start - 24), start);
            var talk = Talk.IndexIn(scan, Math.Max(s, start - 24), Math.Min(e, start + len + Window));
            if (q >= 0 && talk >= 0 && OnPlatform.IndexIn(scan, s, e) < 0 && Keywords.WorkTopic.IndexIn(scan, start - 8, start + len + 8) < 0)
            {
                var from = Math.Min(q, talk);
                hits.Add(new Hit(Codes.Invitation, from, start + len - from, 0.7, Soft: true));
            }
        }
    }

    private static bool IsAsked(ScanText scan, int start, int len)
    {
        var t = scan.Text;
        var end = start + len;
        if (start > 0 && IsWordChar(scan.Source, start - 1))
        {
            return false;
        }

        // Particle (を, は, も, が, だけ) and spaces, then the request verb.
        var i = end;
        for (var k = 0; k < 3 && i < t.Length && (t[i] is 'ヲ' or 'ハ' or 'モ' or 'ガ' or ' ' or '　' || t.AsSpan(i).StartsWith("ダケ")); k++)
        {
            i += t.AsSpan(i).StartsWith("ダケ") ? 2 : 1;
        }

        if (i >= t.Length || AskVerbs.MatchLength(scan, i) == 0)
        {
            return false;
        }

        if (Keywords.WorkTopic.IndexIn(scan, start - 10, i + 12) >= 0)
        {
            return false;
        }

        var noun = t.AsSpan(start, len);
        var needsCue = noun is "番号" or "お番号" or "アドレス";
        return !needsCue || AskCues.IndexIn(scan, Math.Max(Sentence.StartOf(t, Math.Max(0, Sentence.StartOf(t, start) - 1)), start - 40), start) >= 0;
    }

    // Inside a compound: a kanji, a katakana word or a Latin letter or digit just before (注文番号, IPアドレス).
    private static bool IsWordChar(FoldedText ft, int k)
    {
        var o = ft.Original[ft.ToOriginal(k)];
        return o is >= '\u4E00' and <= '\u9FFF' or >= '\u30A1' and <= '\u30FA' or >= 'Ａ' and <= 'ｚ' or '々' || char.IsAsciiLetterOrDigit(o)
            || char.IsAsciiLetterOrDigit(ft.Folded[k]);
    }
}
