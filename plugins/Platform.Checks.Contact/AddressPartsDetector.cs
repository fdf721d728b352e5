namespace Platform.Checks.Contact;

/// <summary>
/// An e-mail address described by its parts instead of written out: the part before the @ and the domain, each right after a
/// word that names it ("＠の前はtaro.yamada、後ろはgmail.comです", "アットマークの前がsato123でドメインがyahoo.co.jp",
/// "ユーザー名はken_1988、ドメインはgmailです", "アドレスは「info」、そのあとにアットマーク、ドメインは lumen-works ドット jp"), close
/// together in either order. The part before the @ is a Latin handle; the domain a host with a top-level domain (dots written or
/// said) or a mail provider's name. Words said of the @ itself are enough; a user name and a domain alone ("WordPressのユーザー名は
/// admin、ドメインは shop-abc.jp") also need a mail provider, the @ said between the parts or a mail named beside them. The hit's
/// parts are the two parts.
/// </summary>
internal static class AddressPartsDetector
{
    // From a word to its part, and between the two parts.
    private const int CueReach = 8;
    private const int PairReach = 48;
    private const int MaxLocal = 64;
    private const int MaxDomain = 80;
    private const int Enough = 3;

    /// <summary>The part before the @, said of the @ itself.</summary>
    internal static readonly Phrases LocalOfAt = new(
        "@の前", "@より前", "@の左", "@以前", "@前", "@マークの前", "@マークより前", "アットマークの前", "アットマークより前",
        "アットマークの左", "アットの前", "アットより前");

    /// <summary>The part before the @ named otherwise: a user name, the first half.</summary>
    internal static readonly Phrases LocalNamed = new(
        "ユーザー名", "ユーザ名", "アカウント名", "ローカル部", "ローカル部分", "ローカルパート", "前半", "前の部分", "その前");

    /// <summary>The domain, said of the @ itself.</summary>
    internal static readonly Phrases DomainOfAt = new(
        "@の後", "@の後ろ", "@の後半", "@後", "@後ろ", "@より後", "@より後ろ", "@の右", "@以降", "@以下", "@から後", "@から先", "@マークの後",
        "@マークの後ろ", "アットマークの後", "アットマークの後ろ", "アットマークより後", "アットマークの右", "アットの後", "アットの後ろ",
        "アットより後");

    /// <summary>The domain by its name.</summary>
    internal static readonly Phrases DomainNamed = new("ドメイン", "ドメイン名", "ドメイン部分");

    /// <summary>The domain by its place only.</summary>
    internal static readonly Phrases DomainPlaced = new("後ろ", "うしろ", "後半", "後の部分", "右側", "後は", "あとは");

    /// <summary>A mail named beside the parts, and the word that may introduce the handle when the domain is named after it.</summary>
    private static readonly Phrases MailNouns = Phrases.Unindexed("アドレス", "メアド", "メール", "mail");

    /// <summary>The @ said between the parts ("…、そのあとにアットマーク、ドメインは…").</summary>
    private static readonly Phrases AtSaid = Phrases.Unindexed("@", "アット");

    /// <summary>The parts as data handled or made by the work, not an address given.</summary>
    private static readonly Phrases AsData = Phrases.Unindexed(
        "入力", "チェック", "形式", "バリデーション", "正規表現", "抽出", "検証", "作成", "作っ", "開設", "発行", "登録して", "ログイン", "ダミー", "例:",
        "例)", "サンプル", "テストデータ", "架空", "置換", "マスク", "設定", "転送");

    private static readonly string[] Providers =
    [
        .. new[]
        {
            "gmail", "googlemail", "yahoo", "ymail", "icloud", "outlook", "hotmail", "docomo", "ezweb", "softbank", "ジーメール", "gメール",
            "グーグル", "ヤフー", "アイクラウド", "アウトルック", "ホットメール", "ドコモ", "ソフトバンク",
        }.Select(Phrases.Fold),
    ];

    private static readonly string[] TopLevel =
    [
        "jp", "com", "net", "org", "io", "me", "info", "biz", "co", "tokyo", "app", "dev", "xyz", "ne", "or", "ac", "us", "uk", "cn",
        "kr", "tw", "tv", "cc", "site", "online", "shop", "work", "link", "page", "cloud", "ai", "so", "to", "fm", "de", "fr",
    ];

    private static readonly string Dot = Phrases.Fold("ドット");

    /// <summary>
    /// The words that open the detector, with a Latin letter in the field: a word for the domain, which every pair needs. Not among
    /// the scanner's anchors, as "後半" ("20代後半") is common: the letter is looked for only in a field that has one of the words.
    /// </summary>
    internal static bool MayHold(ScanText s) =>
        (DomainOfAt.AnyIn(s) || DomainNamed.AnyIn(s) || DomainPlaced.AnyIn(s)) && s.Text.AsSpan().ContainsAnyInRange('a', 'z');

    public static void Detect(ScanText scan, List<Hit> hits)
    {
        var covered = 0;
        foreach (var (set, weight) in (ReadOnlySpan<(Phrases, int)>)[(DomainOfAt, 3), (DomainNamed, 1), (DomainPlaced, 0)])
        {
            foreach (var (start, len) in set.In(scan, hits))
            {
                if (start >= covered && Pair(scan, start, start + len, weight, hits) is var end and > 0)
                {
                    covered = end;
                }
            }
        }
    }

    // The domain after the word at [cue, cueEnd), the part before the @ near it, and the hit when the words say enough; the
    // hit's end, or 0.
    private static int Pair(ScanText scan, int cue, int cueEnd, int weight, List<Hit> hits)
    {
        var t = scan.Text;
        var (ds, de, provider) = DomainAt(t, Skip(t, cueEnd));
        if (ds < 0 || ds - cueEnd > CueReach || AddressDetector.IsReserved(t.AsSpan(ds, de - ds)))
        {
            return 0;
        }

        var (ls, le, localWeight) = LocalNear(scan, cue, ds, de);
        if (ls < 0)
        {
            return 0;
        }

        var (from, to) = (Math.Min(ls, ds), Math.Max(le, de));
        var score = weight + localWeight + (provider ? 2 : 0)
            + (AtSaid.IndexIn(t, Math.Min(le, de), Math.Max(ls, ds)) >= 0 ? 2 : 0)
            + (MailNouns.IndexIn(t, Sentence.PreviousStartOf(t, from), Sentence.EndOf(t, to)) >= 0 ? 1 : 0);
        if (score < Enough || Keywords.WorkTopic.IndexIn(scan, from, to) >= 0
            || AsData.IndexIn(t, Sentence.StartOf(t, from), Sentence.EndOf(t, to)) >= 0)
        {
            return 0;
        }

        // The same address read as a whole by another detector ("アットマークの前がsato123でドメインがyahoo"): shown as its parts instead.
        ContactScanner.RemoveWhere(
            hits, (From: from, To: to), static (h, at) => h.Code == Codes.Email && h.Parts is null && h.Start < at.To && at.From < h.Start + h.Length);
        hits.Add(new Hit(Codes.Email, from, to - from, 0.85, Soft: false, [(ls, le - ls), (ds, de - ds)]));
        return to;
    }

    // The part before the @ nearest the domain [ds, de): after a word for it, before or after the domain, or else after a word for
    // the mail ("アドレスは「info」") before the domain's word; (start, end, weight of its word), or start -1.
    private static (int Start, int End, int Weight) LocalNear(ScanText scan, int cue, int ds, int de)
    {
        var t = scan.Text;
        var (from, to) = (Math.Max(0, cue - PairReach - CueReach), Math.Min(t.Length, de + PairReach));
        foreach (var (set, weight) in (ReadOnlySpan<(Phrases, int)>)[(LocalOfAt, 3), (LocalNamed, 1)])
        {
            for (var at = set.IndexIn(scan, from, to); at >= 0; at = set.IndexIn(scan, at + 1, to))
            {
                var end = at + set.MatchLength(scan, at);
                var ls = Skip(t, end);
                var le = ls - end <= CueReach ? LocalAt(t, ls) : -1;
                if (le > 0 && (le <= ds ? ds - le : ls - de) is >= 0 and <= PairReach)
                {
                    return (ls, le, weight);
                }
            }
        }

        var s = Sentence.PreviousStartOf(t, cue);
        for (var at = MailNouns.IndexIn(t, s, cue); at >= 0; at = MailNouns.IndexIn(t, at + 1, cue))
        {
            var end = at + MailNouns.MatchLength(t, at);
            var ls = Skip(t, end);
            var le = ls - end <= CueReach ? LocalAt(t, ls) : -1;
            if (le > 0 && le <= ds && ds - le <= PairReach)
            {
                return (ls, le, 0);
            }
        }

        return (-1, -1, 0);
    }

    // Past the particles, marks and words ("の部分は", "側が") between a word and its part.
    private static int Skip(string t, int i)
    {
        var limit = Math.Min(t.Length, i + CueReach);
        while (i < limit)
        {
            if (t[i] is 'ハ' or 'ガ' or 'モ' or 'ノ' or 'ヲ' or 'ワ' or ':' or '、' or ',' or ' ' or '「' or '『' or '"' or '(' or '=' or '→' or '-' or '側' or '\n')
            {
                i++;
            }
            else if (t.AsSpan(i).StartsWith("部分"))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // End of a handle that can stand before an @ at i (Latin letters, digits, . _ + -; a letter in it, or four chars), not a link
    // nor a domain; -1 when there is none.
    private static int LocalAt(string t, int i)
    {
        if (i >= t.Length || !char.IsAsciiLetterOrDigit(t[i]) || (i > 0 && char.IsAsciiLetterOrDigit(t[i - 1])))
        {
            return -1;
        }

        var e = i;
        var letters = 0;
        while (e < t.Length && e - i < MaxLocal && (char.IsAsciiLetterOrDigit(t[e]) || t[e] is '.' or '_' or '+' or '-'))
        {
            letters += char.IsAsciiLetter(t[e]) ? 1 : 0;
            e++;
        }

        while (e > i && t[e - 1] is '.' or '_' or '-')
        {
            e--;
        }

        var token = t.AsSpan(i, e - i);
        var link = token.StartsWith("http") || token.StartsWith("www") || (e < t.Length && t[e] is '/' or ':');
        return token.Length >= 2 && (letters > 0 || token.Length >= 4) && !link && !IsHost(token) ? e : -1;
    }

    // A mail provider's name or a host with a top-level domain at i, its dots written or said ("lumen-works ドット jp");
    // (start, end, provider), or start -1.
    private static (int Start, int End, bool Provider) DomainAt(string t, int i)
    {
        foreach (var p in Providers)
        {
            if (t.AsSpan(i).StartsWith(p, StringComparison.Ordinal))
            {
                // "gmail.com" is the provider too; a name in kana ends where it ends.
                var hostEnd = char.IsAsciiLetter(p[0]) ? HostAt(t, i).End : -1;
                return (i, Math.Max(i + p.Length, hostEnd), true);
            }
        }

        var (start, end, dots) = HostAt(t, i);
        return start >= 0 && dots > 0 && IsTopLevel(t.AsSpan(end - LastLabel(t, end), LastLabel(t, end))) ? (start, end, false) : (-1, -1, false);
    }

    // A host at i: Latin labels joined by dots written or said, spaces around them allowed; (start, end, dots), or start -1.
    private static (int Start, int End, int Dots) HostAt(string t, int i)
    {
        if (i >= t.Length || !char.IsAsciiLetterOrDigit(t[i]))
        {
            return (-1, -1, 0);
        }

        var e = Label(t, i);
        var dots = 0;
        while (e - i < MaxDomain)
        {
            var j = e;
            while (j < t.Length && t[j] == ' ')
            {
                j++;
            }

            if (j < t.Length && t[j] == '.')
            {
                j++;
            }
            else if (t.AsSpan(j).StartsWith(Dot, StringComparison.Ordinal))
            {
                j += Dot.Length;
            }
            else
            {
                break;
            }

            while (j < t.Length && t[j] == ' ')
            {
                j++;
            }

            var next = Label(t, j);
            if (next == j)
            {
                break;
            }

            (e, dots) = (next, dots + 1);
        }

        return (i, e, dots);
    }

    private static int Label(string t, int i)
    {
        while (i < t.Length && (char.IsAsciiLetterOrDigit(t[i]) || t[i] == '-'))
        {
            i++;
        }

        return i;
    }

    private static int LastLabel(string t, int end)
    {
        var k = end;
        while (k > 0 && char.IsAsciiLetterOrDigit(t[k - 1]))
        {
            k--;
        }

        return end - k;
    }

    // Whether the token ends in a top-level domain after a dot ("gmail.com", "k-lab.co.jp"): a host, not a handle ("info").
    private static bool IsHost(ReadOnlySpan<char> token)
    {
        var dot = token.LastIndexOf('.');
        return dot >= 0 && IsTopLevel(token[(dot + 1)..]);
    }

    private static bool IsTopLevel(ReadOnlySpan<char> label)
    {
        foreach (var d in TopLevel)
        {
            if (label.SequenceEqual(d))
            {
                return true;
            }
        }

        return false;
    }
}
