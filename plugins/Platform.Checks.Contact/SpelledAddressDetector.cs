namespace Platform.Checks.Contact;

/// <summary>
/// E-mail addresses given in pieces rather than written out: a webmail service named with the account's handle
/// ("gmail に直接送ってください。ken.okada.77 のやつです") or the word アットマーク with a provider or domain said in
/// words ("yuki のうしろに 0312、それからアットマークで、ヤフーのジェーピー").
/// </summary>
internal static class SpelledAddressDetector
{
    private const int HandleReach = 40;
    private const int HandleGap = 12;
    private const int DomainReach = 30;
    private const int BareAtReach = 8;
    private const int MinHandle = 5;
    private const int MaxHandle = 40;

    /// <summary>Webmail services whose account name is the address.</summary>
    internal static readonly Phrases Webmail = new(
        "gmail", "ジーメール", "gメール", "g メール", "yahooメール", "ヤフーメール", "ヤフメ", "icloud", "アイクラウド", "outlook", "アウトルック",
        "hotmail", "ホットメール", "protonmail");

    /// <summary>A mark inside a handle said as a word (アンダーバー, ハイフン…), between the handle's parts.</summary>
    private static readonly Phrases SpokenMarks = Phrases.Unindexed(
        "アンダーバー", "アンダースコア", "アンダーライン", "ハイフン", "ピリオド", "ドット");

    /// <summary>The @ said as a word.</summary>
    internal static readonly Phrases AtWords = new("アットマーク", "@マーク", "atマーク");

    /// <summary>
    /// The @ said as "アット", which is also a word (アットホーム), or written as the mark before a provider said in kana ("＠ ドコモ ドット…"):
    /// only with a provider right after it.
    /// </summary>
    internal static readonly Phrases BareAt = new("アット", "あっと", "@");

    /// <summary>Providers and domain parts said as words.</summary>
    private static readonly Phrases DomainWords = new(
        "gmail", "ジーメール", "gメール", "グーグル", "yahoo", "ヤフー", "icloud", "アイクラウド", "ドコモ", "docomo", "エーユー", "ソフトバンク",
        "outlook", "アウトルック", "hotmail", "ホットメール", "ジェーピー", "ドットコム", "ドットジェーピー", "ドットネット", "コム", "ネット",
        // The letters of a domain said by their other kana names: "ドット ジェイピー", "シーオー", "エヌイー".
        "ジェイピー", "シーオー", "エヌイー",
        // A provider described instead of named (紫のロゴのポータルのメール, 大手のフリーメール).
        "ポータルのメール", "ポータルサイトのメール", "フリーメール", "キャリアメール", "携帯のメール", "ロゴのメール");

    /// <summary>
    /// Putting the parts of an address together, said in words ("y.k.design のうしろにヤフーの co.jp を付けた", "r.ishida と
    /// k-lab.co.jp を“あっと”でつないだもの", "私のユーザー名の後ろにジーメールを付けたもの").
    /// </summary>
    internal static readonly Phrases Joins = new(
        "のうしろに", "の後ろに", "でつない", "でつなげ", "で繋い", "で繋げ", "をつなげ", "を繋げ",
        "をくっつけ", "にくっつけ", "の末尾に",
        // The provider added to the name said before: "たなかけんいち（ローマ字）にジーメールドットコムを付けたもの".
        "を付けたもの", "をつけたもの", "を付けたアドレス", "をつけたアドレス", "を足したもの");

    /// <summary>The name the writer goes by, as the part before the @ (ユーザー名, 名前, 苗字のローマ字…).</summary>
    private static readonly Phrases NameParts = Phrases.Unindexed(
        "ユーザー名", "ユーザ名", "アカウント名", "ハンドルネーム", "表示名", "名前", "苗字", "名字", "フルネーム", "id", "ローマ字");

    /// <summary>What shows the parts make a mail address, in the sentence or the one before.</summary>
    private static readonly Phrases AddressCues = Phrases.Unindexed("アドレス", "メール", "メアド", "アット", "あっと", "@", "宛");

    /// <summary>The parts joined as data or for an account being made, not an address given (ファイル名の後ろに日付, アカウントを作成).</summary>
    private static readonly Phrases JoinedAsData = Phrases.Unindexed(
        "作成", "作って", "登録して", "ログイン", "ファイル名", "形式", "入力", "チェック", "バリデーション", "ダミー", "例:", "例)");

    private const int JoinReach = 40;

    public static void Detect(ScanText scan, List<Hit> hits)
    {
        AddJoined(scan, hits);

        var t = scan.Text;
        foreach (var (start, len) in Webmail.In(scan, hits))
        {
            // gmail.com or x@gmail: part of a written address, which the address detector reads.
            var end = start + len;
            // …unless the provider is spelled in kana after the @, which no address reader takes for a domain: "tsuki.e ＠ジーメール．com".
            var kanaAfterAt = start > 0 && t[start - 1] == '@' && !char.IsAscii(t[start]);
            if (!kanaAfterAt && (start > 0 && t[start - 1] is '@' or '.' || end < t.Length && t[end] is '.' or '@') || Keywords.WorkTopic.IndexIn(scan, start - 8, end + 8) >= 0)
            {
                continue;
            }

            var handleEnd = Handle(t, end, Math.Min(Sentence.EndOf(t, Sentence.EndOf(t, end)), end + HandleReach));
            if (handleEnd > 0)
            {
                hits.Add(new Hit(Codes.Email, start, handleEnd - start, 0.85, Soft: false));
                continue;
            }

            // The handle said first: "hayashi.zeimu の後ろに じーめーる", "ｓａｌｏｎ．ｒｅｉｋａ ／ じーめーる".
            var handleStart = HandleBefore(t, Math.Max(Sentence.StartOf(t, start), start - HandleReach), start, atBefore: kanaAfterAt);
            if (handleStart >= 0)
            {
                hits.Add(new Hit(Codes.Email, handleStart, end - handleStart, 0.85, Soft: false));
                continue;
            }

            // The handle's marks said as words between its Latin parts: "ローマ字で hikari、そのあとにアンダーバー、counsel、最後はジーメールです".
            var partsStart = SpokenParts(t, Math.Max(Sentence.StartOf(t, start), start - HandleReach), start);
            if (partsStart >= 0)
            {
                hits.Add(new Hit(Codes.Email, partsStart, end - partsStart, 0.85, Soft: false));
            }
        }

        // "アット" right before マ is アットマーク, which the AtWords pass reads with its longer reach.
        AddSaidAt(scan, hits, BareAt, BareAtReach, notFollowedBy: 'マ');
        AddSaidAt(scan, hits, AtWords, DomainReach, notFollowedBy: null);
    }

    // Start of a handle told in parts in [from, to): a Latin word of three letters or more, a mark said as a word after it, and another
    // Latin word after the mark; -1 when there is none.
    private static int SpokenParts(string t, int from, int to)
    {
        var mark = SpokenMarks.IndexIn(t, from, to);
        if (mark < 0)
        {
            return -1;
        }

        var head = LatinWordBefore(t, from, mark);
        var tail = LatinWordBefore(t, mark, to);
        return head >= 0 && tail > mark ? head : -1;
    }

    // A part before the join (a Latin word or the writer's name) and a provider or domain in the sentence, said of a mail address.
    private static void AddJoined(ScanText scan, List<Hit> hits)
    {
        var t = scan.Text;
        foreach (var (start, len) in Joins.In(scan, hits))
        {
            var end = start + len;
            var s = Math.Max(Sentence.StartOf(t, start), start - JoinReach);
            var e = Math.Min(Sentence.EndOf(t, end), end + JoinReach);
            var owner = LatinWordBefore(t, s, start);
            owner = owner >= 0 ? owner : NameParts.IndexIn(t, s, start);
            var provider = ProviderEnd(scan, s, e);
            if (owner < 0 || provider < 0 || AddressCues.IndexIn(t, Sentence.PreviousStartOf(t, start), e) < 0
                || JoinedAsData.IndexIn(t, Sentence.StartOf(t, start), Sentence.EndOf(t, end)) >= 0
                || Keywords.WorkTopic.IndexIn(scan, Math.Min(owner, start), Math.Max(end, provider)) >= 0)
            {
                continue;
            }

            hits.Add(new Hit(Codes.Email, owner, Math.Max(end, provider) - owner, 0.85, Soft: false));
        }
    }

    // Start of the last Latin word of three chars or more (dots, dashes and underscores inside) in [from, to) that is no domain, or -1.
    private static int LatinWordBefore(string t, int from, int to)
    {
        var found = -1;
        for (var i = from; i < to; i++)
        {
            if (!char.IsAsciiLetterOrDigit(t[i]) || (i > 0 && IsHandleChar(t[i - 1])))
            {
                continue;
            }

            var e = i;
            while (e < to && IsHandleChar(t[e]))
            {
                e++;
            }

            if (e - i >= 3 && t.AsSpan(i, e - i).ContainsAnyInRange('a', 'z') && !IsDomain(t.AsSpan(i, e - i)))
            {
                found = i;
            }

            i = e;
        }

        return found;
    }

    // End of the first provider or domain word, or Latin domain (k-lab.co.jp, co.jp), in [from, to), or -1.
    private static int ProviderEnd(ScanText scan, int from, int to)
    {
        var t = scan.Text;
        var d = DomainWords.IndexIn(scan, from, to);
        if (d >= 0)
        {
            return d + DomainWords.MatchLength(scan, d);
        }

        for (var i = from; i < to; i++)
        {
            if (!char.IsAsciiLetter(t[i]) || (i > 0 && IsHandleChar(t[i - 1])))
            {
                continue;
            }

            var e = i;
            while (e < t.Length && IsHandleChar(t[e]))
            {
                e++;
            }

            if (IsDomain(t.AsSpan(i, e - i)))
            {
                return e;
            }

            i = e;
        }

        return -1;
    }

    // A host or a domain's tail: letters with a dot, ending in a top-level domain ("co.jp", "k-lab.co.jp", "gmail.com").
    private static bool IsDomain(ReadOnlySpan<char> w) =>
        w.Contains('.') && (w.EndsWith(".jp") || w.EndsWith(".com") || w.EndsWith(".net") || w.EndsWith(".org") || w.EndsWith(".io")
            || w.EndsWith(".me") || w.EndsWith(".info"));

    // An @ said in words, then a provider or domain word within reach: the address from up to DomainReach chars before.
    private static void AddSaidAt(ScanText scan, List<Hit> hits, Phrases at, int reach, char? notFollowedBy)
    {
        var t = scan.Text;
        foreach (var (start, len) in at.In(scan, hits))
        {
            var end = start + len;
            // An @ written inside an address ("sato@gmail.com") is the address detector's; one spaced apart or before kana is not.
            if (t[start] == '@' && start > 0 && IsHandleChar(t[start - 1]) && end < t.Length && char.IsAsciiLetter(t[end]))
            {
                continue;
            }

            var d = DomainWords.IndexIn(scan, end, end + reach);
            if (d >= 0 && !(end < t.Length && t[end] == notFollowedBy))
            {
                var from = Math.Max(Sentence.StartOf(t, start), start - DomainReach);
                hits.Add(new Hit(Codes.Email, from, d + DomainWords.MatchLength(scan, d) - from, 0.85, Soft: false));
            }
        }
    }

    // End of the first account-like token in [from, to): Latin letters and digits with a digit, '.' or '_' in it
    // (ken.okada.77, sato_0312), not a link, not a version or a number alone; -1 when there is none.
    internal static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';

    // Start of the last handle in [from, to) that ends at most HandleGap chars before to, or -1.
    // atBefore: the handle may end at an @ (the provider spelled in kana after it, "taro.yamada＠ジーメール").
    private static int HandleBefore(string t, int from, int to, bool atBefore = false)
    {
        var last = -1;
        for (var e = Handle(t, from, to, atBefore); e > 0; e = e < to ? Handle(t, e, to, atBefore) : -1)
        {
            last = e;
        }

        if (last < 0 || to - last > HandleGap)
        {
            return -1;
        }

        var start = last;
        while (start > from && IsHandleChar(t[start - 1]))
        {
            start--;
        }

        return start;
    }

    // A number joined to an English word by a hyphen ("20-person", "3-day", "24-hour"), an adjective of a count, no handle: "Gmail filters
    // and labels for our 20-person marketing team".
    private static bool IsCountedNoun(ReadOnlySpan<char> token)
    {
        var digits = 0;
        while (digits < token.Length && char.IsAsciiDigit(token[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits == token.Length || token[digits] != '-' || digits + 1 == token.Length)
        {
            return false;
        }

        return CountedUnits.Contains(token[(digits + 1)..].ToString());
    }

    // The nouns such a count is made of (a handle like "1998-yuki" is not one).
    private static readonly HashSet<string> CountedUnits =
    [
        "person", "people", "member", "members", "man", "seat", "room", "day", "week", "month", "year", "hour", "minute", "page", "word",
        "step", "part", "piece", "item", "slide", "user", "staff", "team", "store", "shop", "office",
    ];

    private static int Handle(string t, int from, int to, bool atAfter = false)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsAsciiLetterOrDigit(t[i]) || i > 0 && (char.IsAsciiLetterOrDigit(t[i - 1]) || t[i - 1] is '.' or '_' or '-' or '/' or '@'))
            {
                continue;
            }

            var e = i;
            int letters = 0, marks = 0;
            while (e < t.Length && e - i < MaxHandle && IsHandleChar(t[e]))
            {
                letters += char.IsAsciiLetter(t[e]) ? 1 : 0;
                marks += char.IsAsciiDigit(t[e]) || t[e] is '.' or '_' ? 1 : 0;
                e++;
            }

            while (e > i && t[e - 1] is '.' or '-' or '_')
            {
                // A mark the token ends with is no mark of a handle: "assistant. Gmail" ends its sentence with the dot.
                marks -= t[e - 1] is '.' or '_' ? 1 : 0;
                e--;
            }

            var token = t.AsSpan(i, e - i);
            var link = token.StartsWith("http") || token.StartsWith("www") || e < t.Length && (t[e] is '/' or ':' || t[e] == '@' && !atAfter);
            if (e - i >= MinHandle && letters >= 2 && marks > 0 && !link && !IsCountedNoun(token))
            {
                return e;
            }

            i = e;
        }

        return -1;
    }
}
