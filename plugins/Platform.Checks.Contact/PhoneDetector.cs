using PhoneNumbers;
using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>
/// Phone numbers on folded, digit-decoded text. Digit groups separated by a few separators are joined and
/// every window of whole groups that could be a Japanese number is validated with libphonenumber; then
/// libphonenumber's own finder runs as a second opinion. Windows never split a group, so dates, prices,
/// order and invoice numbers (which do not validate, or are longer) are not taken for phones.
/// </summary>
internal static partial class PhoneDetector
{
    private const int MinDigits = 10;
    private const int MaxDigits = 13;
    private const int MaxValidations = 48;
    private const int MaxSeparators = 3;
    private const int MaxLibraryText = 4000;
    private const int JapanCode = 81;
    private const int ContentReach = 48;

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    // The library's finder is slow: it is asked only when the text talks about phones.
    private static readonly Phrases PhoneWords = new("tel", "電話", "携帯", "番号", "phone", "call", "コール", "sms", "ショートメ", "かけて", "おかけ", "お掛け");

    private static readonly Phrases NotPhoneContext = new(
        "注文", "オーダー", "order", "伝票", "請求", "invoice", "管理番号", "商品番号", "型番", "品番", "会員番号",
        "受付番号", "予約番号", "追跡", "問い合わせ番号", "isbn", "jan", "sku", "登録番号", "法人番号", "口座番号",
        "案件番号", "契約番号", "no.", "#", "シリアル", "ロット", "製造番号", "郵便", "〒");

    // Per-thread scratch lists for the digit groups of one run (Detect never calls out while it uses them).
    private static readonly PerThread<List<int>> t_groupStart = new();

    private static readonly PerThread<List<int>> t_groupLen = new();

    /// <summary>
    /// A mobile prefix spelled on its own, too short for the digit decoder ("番号の頭は、ぜろはちぜろ。…続きの八桁は、にいさんよんご、
    /// ろくななはちきゅう"): its digits, folded, with the rest read as pieces after it.
    /// </summary>
    internal static readonly Phrases SpelledPrefix = new(
        [.. new[] { "ぜろ", "れい", "まる", "〇", "零" }
            .SelectMany(zero => new[] { "きゅう", "きゅー", "はち", "なな", "ごー", "九", "八", "七", "五" }.Select(m => zero + m + zero))]);

    public static void Detect(ScanText s, int digitCount, List<Hit> hits)
    {
        if (SpelledPrefix.AnyIn(s))
        {
            FindSpelledPrefix(s, hits);
        }

        if (digitCount < MinDigits)
        {
            return;
        }

        var t = s.Text;
        var groupStart = t_groupStart.Value ??= [];
        var groupLen = t_groupLen.Value ??= [];
        var validations = 0;
        var found = hits.Count;
        var longestRun = 0;
        var i = 0;
        while (i < t.Length && validations < MaxValidations && hits.Count < Hit.MaxPerText)
        {
            if (!IsDigitAt(t, i))
            {
                i++;
                continue;
            }

            // Collect one run of digit groups.
            groupStart.Clear();
            groupLen.Clear();
            var j = i;
            while (j < t.Length)
            {
                var g = j;
                while (j < t.Length && IsDigitAt(t, j))
                {
                    j++;
                }

                groupStart.Add(g);
                groupLen.Add(j - g);
                var k = j;
                while (k < t.Length && k - j < MaxSeparators && IsSeparator(t[k]))
                {
                    k++;
                }

                if (k == j || k >= t.Length || !IsDigitAt(t, k))
                {
                    break;
                }

                j = k;
            }

            var runDigits = 0;
            foreach (var length in groupLen)
            {
                runDigits += length;
            }

            longestRun = Math.Max(longestRun, runDigits);
            var before = hits.Count;
            validations += CheckRun(s, groupStart, groupLen, hits, MaxValidations - validations);
            if (hits.Count == before)
            {
                AddMiscounted(s, i, j, runDigits, hits);
            }

            i = j;
        }

        // The library's finder is a second opinion on ordinary-length texts only; our own pass is linear.
        if (hits.Count == found && validations == 0 && t.Length <= MaxLibraryText && longestRun >= MinDigits && PhoneWords.AnyIn(s))
        {
            FindWithLibrary(s, hits);
        }

        if (hits.Count == found && t.Length <= MaxLibraryText)
        {
            // Pieces with words between them: in a text about phones, any; elsewhere, each named by its place ("最初は090、次が1234").
            FindPieces(s, hits, named: !PhoneWords.AnyIn(s));
        }
    }

    /// <summary>
    /// A mobile or IP-phone number a digit short or long ("ゼロハチゼロ・ナナナナ・イチイチ・ニーニーゴー" is 080-77-11-225), given
    /// in or right after a sentence about phones: a number miscounted or mistyped is still a number offered, so it is held as a soft hit.
    /// </summary>
    private static void AddMiscounted(ScanText s, int start, int end, int digits, List<Hit> hits)
    {
        var t = s.Text;
        // The prefix may itself be split by a space ("ぜろはち ぜろ、ろくろくいち…" is 08 0-661-…): its first three digits are read across
        // the run's separators.
        if (digits is < 9 or > 12 || end - start < 3 || !IsMobilePrefix(t, start, end) || InNonPhoneContext(s, start) || IsPrefixList(t, start, end)
            || IsLetteredCode(t, start))
        {
            return;
        }

        // The sentence may go on past a line break after the number ("…よんよんいちきゅう\nまでお電話いただいても").
        var to = Sentence.EndOf(t, end);
        to = ContinuesOnNextLine(t, end) ? Sentence.EndOf(t, to) : to;
        if (PhoneWords.IndexIn(s, Sentence.PreviousStartOf(t, start), to) >= 0)
        {
            hits.Add(new Hit(Codes.Phone, start, end - start, 0.7, Soft: true));
        }
    }

    /// <summary>
    /// A number told in pieces with words between them ("頭は090で、次が0415、最後が6633です"): short digit groups in
    /// order, each within <see cref="PieceGap"/> chars of the last, none a count or an amount (4桁, 3万円), that together
    /// make a valid number. Where the text does not talk about phones, only when the words between the pieces name each
    /// piece's place (<paramref name="named"/>: "最初は090、次が1234、最後が5678です", <see cref="PartLabels"/>): every piece set
    /// apart by words, and at least two of them, named. Linear in the number of groups. The hit's parts are the pieces.
    /// </summary>
    private static void FindPieces(ScanText s, List<Hit> hits, bool named)
    {
        var t = s.Text;
        Span<char> digits = stackalloc char[MaxDigits + 2];
        // The parts: runs of pieces with only separators between them ("090-1234" in "前半090-1234 後半5678").
        Span<int> parts = stackalloc int[2 * (MaxDigits / 2 + 1)];
        var i = 0;
        while (i < t.Length)
        {
            var (g, e) = NextPiece(t, i);
            if (g < 0)
            {
                return;
            }

            i = e;
            var past = named ? PastParticle(s, 0, g, e) : g;
            if (t[past] != '0' || IsCodeTail(t, g))
            {
                continue;
            }

            var n = 0;
            var last = e;
            var (ps, pe) = (g, e);
            var (count, namedParts) = (0, 0);
            while (ps >= 0 && ps - last <= PieceGap && n + (pe - ps) <= MaxDigits)
            {
                past = named && count == 0 ? past : named ? PastParticle(s, last, ps, pe) : ps;
                var particle = past != ps;
                ps = past;
                if (count > 0 && !particle && IsJoined(t, last, ps))
                {
                    parts[(2 * count) - 1] = pe;
                }
                else
                {
                    var isNamed = named && (particle || PartLabels.Names(t, count == 0 ? 0 : last, ps, pe));
                    if (named && count > 0 && !isNamed)
                    {
                        break;
                    }

                    namedParts += isNamed ? 1 : 0;
                    (parts[2 * count], parts[(2 * count) + 1]) = (ps, pe);
                    count++;
                }

                t.AsSpan(ps, pe - ps).CopyTo(digits[n..]);
                n += pe - ps;
                last = pe;
                if (n >= MinDigits && (!named || namedParts >= 2) && LooksJapanese(digits[..n]) && IsValid(digits[..n]) && !InNonPhoneContext(s, parts[0])
                    && !(named && IsExampleAfter(s, last)))
                {
                    hits.Add(new Hit(Codes.Phone, parts[0], last - parts[0], 0.85, Soft: false, PartsOf(parts[..(2 * count)])));
                    return;
                }

                (ps, pe) = NextPiece(t, pe);
            }
        }
    }

    // The spelled prefix, then digit pieces after it (each within PieceGap chars of the last) that make a valid number; a piece
    // farther than a few separators needs the text to talk about phones, or every such piece named by its place, and at least two
    // parts named ("最初が ぜろはちぜろ、次が 5521、最後が 3370"). The hit's parts are the prefix and the pieces.
    private static void FindSpelledPrefix(ScanText s, List<Hit> hits)
    {
        var t = s.Text;
        Span<char> digits = stackalloc char[MaxDigits + 2];
        Span<int> parts = stackalloc int[2 * (MaxDigits / 2 + 1)];
        foreach (var (start, len) in SpelledPrefix.In(s, hits))
        {
            if (InNonPhoneContext(s, start) || (start > 0 && char.IsAsciiDigit(t[start - 1])))
            {
                continue;
            }

            digits[0] = '0';
            digits[1] = PrefixMiddle(t.AsSpan(start, len));
            digits[2] = '0';
            var n = 3;
            var last = start + len;
            var (near, allNamed, namedParts) = (true, true, PartLabels.Names(t, 0, start, last) ? 1 : 0);
            (parts[0], parts[1]) = (start, last);
            var count = 1;
            var (ps, pe) = NextPiece(t, last);
            while (ps >= 0 && ps - last <= PieceGap && n + (pe - ps) <= MaxDigits)
            {
                near &= ps - last <= MaxSeparators;
                var past = IsJoined(t, last, ps) ? ps : PastParticle(s, last, ps, pe);
                var particle = past != ps;
                ps = past;
                if (!particle && IsJoined(t, last, ps))
                {
                    parts[(2 * count) - 1] = pe;
                }
                else
                {
                    var isNamed = particle || PartLabels.Names(t, last, ps, pe);
                    (allNamed, namedParts) = (allNamed && isNamed, namedParts + (isNamed ? 1 : 0));
                    (parts[2 * count], parts[(2 * count) + 1]) = (ps, pe);
                    count++;
                }

                t.AsSpan(ps, pe - ps).CopyTo(digits[n..]);
                n += pe - ps;
                last = pe;
                if (n >= MinDigits && IsValid(digits[..n]) && (near || PhoneWords.AnyIn(s) || (allNamed && namedParts >= 2 && !IsExampleAfter(s, last))))
                {
                    hits.Add(new Hit(Codes.Phone, start, last - start, 0.85, Soft: false, PartsOf(parts[..(2 * count)])));
                    return;
                }

                (ps, pe) = NextPiece(t, pe);
            }
        }
    }

    // The middle digit of a folded spelled prefix ("ゼロハチゼロ" is 080).
    private static char PrefixMiddle(ReadOnlySpan<char> p) =>
        p.Contains("キュ", StringComparison.Ordinal) || p.Contains('九') ? '9'
        : p.Contains("ハチ", StringComparison.Ordinal) || p.Contains('八') ? '8'
        : p.Contains("ナナ", StringComparison.Ordinal) || p.Contains('七') ? '7'
        : '5';

    // Whether a line break follows [end] (spaces aside) and the next line opens with a particle that carries the sentence on
    // (まで, に, へ, から, で).
    private static bool ContinuesOnNextLine(string t, int end)
    {
        var i = end;
        while (i < t.Length && t[i] == ' ')
        {
            i++;
        }

        if (i >= t.Length || t[i] != '\n')
        {
            return false;
        }

        i++;
        var next = t.AsSpan(i);
        return next.StartsWith("マデ") || next.StartsWith("カラ") || (next.Length > 0 && next[0] is 'ニ' or 'ヘ' or 'デ');
    }

    // Whether the first three digits of the run [start, end) are 050, 070, 080 or 090.
    private static bool IsMobilePrefix(string t, int start, int end)
    {
        Span<char> d = stackalloc char[3];
        var n = 0;
        for (var i = start; i < end && n < 3; i++)
        {
            if (char.IsAsciiDigit(t[i]))
            {
                d[n++] = t[i];
            }
        }

        return n == 3 && IsMobilePrefix(d[0], d[1], d[2]);
    }

    /// <summary>The first three digits of a mobile or IP-phone number: 090, 080, 070, 050.</summary>
    // "(090/080)で始まる番号を携帯として扱う", "070・050 のどちらか": mobile prefixes listed side by side, each a group of its
    // own, name the kinds of numbers, not one number.
    private static bool IsPrefixList(string t, int start, int end)
    {
        var groups = 0;
        var i = start;
        while (i < end)
        {
            if (!char.IsAsciiDigit(t[i]))
            {
                i++;
                continue;
            }

            var g = i;
            while (i < end && char.IsAsciiDigit(t[i]))
            {
                i++;
            }

            if (i - g != 3 || !IsMobilePrefix(t[g], t[g + 1], t[g + 2]))
            {
                return false;
            }

            groups++;
        }

        return groups >= 2;
    }

    // A number told in pieces starts on its own: not at the tail of a code joined by a mark (20240815-3321-07) or inside a
    // name (banner_0315_…).
    private static bool IsCodeTail(string t, int g) =>
        g > 0 && (char.IsAsciiLetter(t[g - 1]) || t[g - 1] == '_' || (g > 1 && t[g - 1] is '-' or '/' or '.' && char.IsAsciiDigit(t[g - 2])));

    // A run glued to a single letter ("第R05-0123-4567号", "a05-…") is a permit's or a model's code with its letter, not a
    // miscounted number ("tel0801234567" keeps its word).
    private static bool IsLetteredCode(string t, int start) =>
        start > 0 && char.IsAsciiLetter(t[start - 1]) && (start < 2 || !char.IsAsciiLetter(t[start - 2]));

    internal static bool IsMobilePrefix(char a, char b, char c) => a == '0' && b is '5' or '7' or '8' or '9' && c == '0';

    private const int PieceGap = 30;

    // The next run of 2 to 5 ASCII digits from i that is not a count, an amount or a date part; (-1, -1) when none.
    private static (int Start, int End) NextPiece(string t, int i)
    {
        while (i < t.Length)
        {
            if (!char.IsAsciiDigit(t[i]))
            {
                i++;
                continue;
            }

            var e = i;
            while (e < t.Length && char.IsAsciiDigit(t[e]))
            {
                e++;
            }

            // A date or time part (3/15, 0:00) or the head of an amount (18,000): no piece of a number; a piece after a label and a
            // colon is one ("次:1234").
            var part = (i > 1 && t[i - 1] is '/' or ':' && char.IsAsciiDigit(t[i - 2])) || (e + 1 < t.Length && t[e] == ',' && char.IsAsciiDigit(t[e + 1]));
            var unit = part || e < t.Length && t[e] is '桁' or '円' or '万' or '年' or '月' or '日' or '時' or '分' or '件' or '%' or '人' or '名' or '個' or '本' or '回' or '歳' or '才' or '枚' or '点' or '文' or '字'
                || (e + 1 < t.Length && t[e] is ':' or '/' && char.IsAsciiDigit(t[e + 1]));
            if (e - i is >= 2 and <= 5 && !unit)
            {
                return (i, e);
            }

            i = e;
        }

        return (-1, -1);
    }

    private static int CheckRun(ScanText s, List<int> starts, List<int> lens, List<Hit> hits, int budget)
    {
        var t = s.Text;
        var used = 0;
        Span<char> digits = stackalloc char[MaxDigits + 2];
        // A date inside the run (2025/04/01~2025/06/30) is no part of a number: a window stops before it.
        var dateFrom = DateStart(t, starts, lens, 0);
        for (var g = 0; g < starts.Count && used < budget; g++)
        {
            if (dateFrom >= 0 && g >= dateFrom + DateGroups)
            {
                dateFrom = DateStart(t, starts, lens, g);
            }

            if (dateFrom >= 0 && g >= dateFrom)
            {
                continue;
            }

            var n = 0;
            for (var h = g; h < starts.Count; h++)
            {
                if (n + lens[h] > MaxDigits || (dateFrom >= 0 && h >= dateFrom))
                {
                    break;
                }

                CopyDigits(t.AsSpan(starts[h], lens[h]), digits[n..]);
                n += lens[h];
                // "+44 7911 123456": a number abroad, written with its country code, is validated for that country (IsValid
                // parses the digits after "+").
                var plus = starts[g] > 0 && t[starts[g] - 1] == '+' && !IsOperand(t, starts[g] - 2);
                var abroad = plus && digits[0] != '0' && !digits.StartsWith("81");
                if (n < MinDigits || !(abroad || LooksJapanese(digits[..n])))
                {
                    continue;
                }

                used++;
                var start = plus ? starts[g] - 1 : starts[g];
                var end = starts[h] + lens[h];
                if (IsValid(digits[..n]) && !InNonPhoneContext(s, start))
                {
                    hits.Add(new Hit(Codes.Phone, start, end - start, h > g ? 0.97 : 0.9, Soft: false));
                    g = h;
                    break;
                }
            }
        }

        return used;
    }

    private const int DateGroups = 3;

    // The first group from g on that opens a written date: a year (19xx, 20xx), then a month and a day of one or two digits,
    // joined by the same '/', '-' or '.'; -1 when none.
    private static int DateStart(string t, List<int> starts, List<int> lens, int g)
    {
        for (var k = g; k + 2 < starts.Count; k++)
        {
            var y = starts[k];
            if (lens[k] != 4 || !(t.AsSpan(y, 2) is "19" or "20") || lens[k + 1] > 2 || lens[k + 2] > 2)
            {
                continue;
            }

            var sep = t[y + 4];
            if (sep is '/' or '-' or '.' && starts[k + 1] == y + 5 && t[starts[k + 2] - 1] == sep && starts[k + 2] == starts[k + 1] + lens[k + 1] + 1)
            {
                return k;
            }
        }

        return -1;
    }

    // A "+" with a number or "=" right before it (spaces aside) adds ("1+9+9+2 = 21"): no country code follows it.
    private static bool IsOperand(string t, int i)
    {
        while (i >= 0 && t[i] == ' ')
        {
            i--;
        }

        return i >= 0 && (char.IsAsciiDigit(t[i]) || t[i] is '=' or ')');
    }

    /// <summary>
    /// A digit, or the letter o written for a zero inside a number ("09O-7721-4O53（Oはゼロです）"): an o with no letter on
    /// either side and a digit on one side, so that the run of groups reads on through it; validation decides the rest.
    /// </summary>
    internal static bool IsDigitAt(string t, int i) =>
        char.IsAsciiDigit(t[i]) || (t[i] == 'o' && IsLetterZero(t, i));

    private static bool IsLetterZero(string t, int i)
    {
        var before = i > 0 ? t[i - 1] : ' ';
        var after = i + 1 < t.Length ? t[i + 1] : ' ';
        return !char.IsAsciiLetter(before) && !char.IsAsciiLetter(after) && (char.IsAsciiDigit(before) || char.IsAsciiDigit(after));
    }

    // The group's digits, with a letter o read as the zero it stands for.
    private static void CopyDigits(ReadOnlySpan<char> group, Span<char> to)
    {
        for (var k = 0; k < group.Length; k++)
        {
            to[k] = group[k] == 'o' ? '0' : group[k];
        }
    }

    private static bool LooksJapanese(ReadOnlySpan<char> d) =>
        (d[0] == '0' && d.Length is 10 or 11 && d[1] != '0') || (d.StartsWith("81") && d.Length is 11 or 12);

    internal static bool IsValid(ReadOnlySpan<char> d)
    {
        if (d[0] == '0' && d[1] != '0' && !d.StartsWith("010"))
        {
            // National format: the parser would strip the national prefix 0 and validate the rest under +81, so the
            // number is built directly (the parser is three quarters of the cost). Not for 00… and 010…, which the
            // parser reads as international dialling prefixes. Checked against the parser on random numbers
            // (ContactDetailsCheckTests).
            var number = new PhoneNumber.Builder().SetCountryCode(JapanCode).SetNationalNumber(ulong.Parse(d[1..])).Build();
            return Util.IsValidNumber(number);
        }

        return IsValidParsed(d);
    }

    /// <summary>The reference: libphonenumber's parser, then its validation.</summary>
    internal static bool IsValidParsed(ReadOnlySpan<char> d)
    {
        try
        {
            var text = d[0] == '0' ? d.ToString() : "+" + d.ToString();
            return Util.IsValidNumber(Util.Parse(text, "JP"));
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    private static readonly Phrases ExampleContext = new(
        "のような", "のように", "などの", "例", "形式", "ダミー", "サンプル", "テスト", "架空", "入力欄", "フォーマット", "バリデーション",
        "placeholder", "プレースホルダ");

    /// <summary>
    /// The number as part of the work, said earlier in its sentence: what a page or a printed piece will show
    /// (フッターに載せる番号, 会社概要の代表番号) or data being checked (電話番号のバリデーション、ハイフンあり（…）).
    /// </summary>
    private static readonly Phrases AsContent = Phrases.Unindexed(
        "フッター", "ヘッダー", "会社概要", "店舗情報", "店舗概要", "施設情報", "チラシに", "チラシの", "名刺に載せ", "名刺の裏",
        "ページに載せ", "ページに掲載", "サイトに載せ", "サイトに掲載", "lpに載せ", "lpに掲載", "掲載用", "掲載する", "記載する番号",
        "表示する番号", "バリデーション", "正規表現", "正規化", "表記ゆれ", "表記揺れ", "入力チェック", "入力値", "テストデータ",
        "テスト用の番号", "テストケース", "ダミー", "架空の", "プレースホルダ", "placeholder", "サンプルデータ",
        // A business's published number in the piece being made: "バナー内の店舗電話番号「0120-…」", "記事末尾に載せる御社の相談窓口".
        "バナー内", "バナーに", "記事末尾", "記事内に", "相談窓口", "店舗電話", "店舗の電話", "御社の", "貴社の", "に載せる");

    private static bool InNonPhoneContext(ScanText s, int start)
    {
        var from = Math.Max(0, start - 12);
        return NotPhoneContext.IndexIn(s, from, start) >= 0
            || ExampleContext.IndexIn(s, start - 12, start) >= 0
            || ExampleContext.IndexIn(s, start + 10, start + 22) >= 0
            || AsContent.IndexIn(s.Text, Math.Max(Sentence.StartOf(s.Text, start), start - ContentReach), start) >= 0;
    }

    private static void FindWithLibrary(ScanText s, List<Hit> hits)
    {
        foreach (var match in Util.FindNumbers(s.Text, "JP", PhoneNumberUtil.Leniency.VALID, 64))
        {
            if (!InNonPhoneContext(s, match.Start))
            {
                hits.Add(new Hit(Codes.Phone, match.Start, match.Length, 0.9, Soft: false));
            }
        }
    }

    private static bool IsSeparator(char c) =>
        c is ' ' or '-' or '.' or '・' or 'ノ' or '(' or ')' or '/' or '_' or ',' or '、' or '~' or '*' or '+' or '|'
            or '「' or '」' or '[' or ']' or '★' or '☆' or '♪' or '=' or '>' or '<' or '→' or '\n' or '\r'
            // An emoji or symbol between the groups (090🌸2218🌸4470): still one number, which the validation decides.
            || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.MathSymbol;
}
