namespace Platform.Checks.Contact;

/// <summary>
/// Paying or being paid outside the platform written in English, romaji or kana rather than kanji: "Can we settle this via Wise
/// directly?", "Let's skip the escrow. I'll send the money by bank transfer myself", "Shiharai wa PayPay de jika ni okutte kudasai",
/// "Koko no kessai ja nakute, betsu no kouza ni furikonde", 「てすうりょうが もったいないので、ちょくせつ ふりこみで」. The other sets'
/// cues are kanji words (直接, 振込), which these writers do not use: here a way around the platform (directly, off the books, via Wise,
/// chokusetsu, jika ni, saito-gai, ちょくせつ, ゆうびんがわせ…) with a payment word near it (pay, transfer, cash, furikomi, shiharai,
/// genkin, ふりこみ, おかね…), unless the same stretch refuses it or makes it the work's subject (can't, reported, kiyaku, できません,
/// translate, help page, API, the contract page, this site).
/// </summary>
internal static partial class PaymentDetector
{
    private const int SpelledWindow = 60;

    internal static readonly Phrases SpelledOutside = new(
        "directly", "direct payment", "direct transfer", "go direct", "pay direct", "paypay direct", "pay-pay direct", "off the books", "offline",
        "skip the escrow", "skip the site", "don't need the escrow", "dont need the escrow", "no need for the site", "not through the platform",
        "not through the site", "instead of paying here", "personal account", "straight to you", "straight to my", "to my wallet", "via wise",
        "my wise", "by wise", "on ko-fi",
        "chokusetsu", "jika ni", "jikani", "saito-gai", "saitogai", "saito gai", "saito no soto", "site no soto", "kessai ja nakute",
        "kessai janakute", "kessai wa tsukawa", "kariharai wa nashi", "kariharai nashi", "kariharai shinai", "karibarai nashi", "saito keiyu wa",
        // Kana as the fold has it (hiragana to katakana, spaces kept): ちょくせつ, じかに, ちょくで, とおさないで, かりばらいは なしで, ゆうびん がわせ.
        "ちょくせつ", "じかに", "ちょくで", "とおさない", "とおさず", "かりばらいは なし", "かりばらいはなし", "かりばらい なし", "ゆうびん がわせ",
        "ゆうびんがわせ");

    private static readonly Phrases SpelledPay = Phrases.Unindexed(
        "pay", "paid", "money", "transfer", "wire", "bank", "invoice", "deposit", "balance", "amount", "cash", "tip me", "wise", "paypal", "venmo",
        "revolut", "usdt",
        "furikomi", "furikon", "furikomu", "shiharai", "harau", "harai", "genkin", "kouza", "okane", "ohoshu", "houshuu", "torihiki",
        "uketori", "soukin", "kessai",
        "ふりこ", "しはらい", "はらう", "はらって", "はらいま", "おはらい", "おかね", "げんきん", "こうざ", "ぎんこう", "とりひき", "てわたし",
        "ぺいぺい", "ぺいぱる", "やりとり", "おくって", "おくります", "そうきん");

    // Refused, reported or ruled out; or the payment as the work's subject, or kept on the platform.
    private static readonly Phrases SpelledAside = Phrases.Unindexed(
        "can't", "cant", "cannot", "won't", "wont", "not accept", "don't send", "dont send", "refuse", "refused", "reported", "forbid",
        "not allowed", "against the rules", "translate", "article", "help page", "guide", "landing page", "api", "template", "faq", "checkout",
        "reconcile", "bookkeep", "payroll", "through this site", "through this platform", "via this site", "via this platform", "contract page",
        "contract screen", "paid here", "dekinai", "dekimasen", "kiyaku", "kinshi", "itashimasen", "honyaku",
        "できません", "できない", "きやく", "つうほう", "だめ", "いりません", "きんし");

    /// <summary>
    /// An English or romaji phrase of <see cref="Standalone"/> ("chokusetsu furikomi", "directly by bank") that its sentence or the next refuses or
    /// makes the work's subject, as <see cref="SpelledAside"/> reads the spelled ways: "Chokusetsu furikomi wa kiyaku de dekinai node, kariharai de"
    /// (blind244-0055), "We pay our part-time staff directly by bank transfer… Build a payroll template" (blind244-0064).
    /// </summary>
    private static bool IsSpelledAside(string t, int start, int end) =>
        char.IsAsciiLetter(t[start]) && SpelledAside.IndexIn(t, Sentence.StartOf(t, start), Sentence.EndOf(t, Sentence.EndOf(t, end))) >= 0;

    // The ways around the platform in English, romaji or kana, each with a payment word within SpelledWindow chars.
    private static void DetectSpelled(ScanText scan, List<Hit> hits)
    {
        var t = scan.Text;
        foreach (var (start, len) in SpelledOutside.In(scan, hits))
        {
            var from = Math.Max(0, start - SpelledWindow);
            var to = Math.Min(t.Length, start + len + SpelledWindow);
            var p = SpelledPay.IndexIn(scan, from, to);
            // The cue's own letters are no payment word ("pay direct", "via wise"): one outside it.
            while (p >= start && p < start + len)
            {
                p = SpelledPay.IndexIn(scan, start + len, to);
            }

            if (p >= 0 && !Overlaps(hits, start) && SpelledAside.IndexIn(scan, from, to) < 0)
            {
                var first = Math.Min(start, p);
                hits.Add(new Hit(Codes.PaymentOutside, first, Math.Max(start + len, p + SpelledPay.MatchLength(scan, p)) - first, 0.8, Soft: true));
                return;
            }
        }
    }
}
