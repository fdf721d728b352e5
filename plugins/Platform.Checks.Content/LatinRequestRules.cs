using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// Stealth marketing, another service's terms broken and pay in kind asked for in English: reviews, ratings or posts written as a
/// customer or with the advertiser hidden ("leave a 5-star review as a regular customer. Don't mention we reimbursed you", "write as if
/// you were a patient", "Do NOT add #ad… it should look organic"); downloads, clicks, votes, streams, sign-ups or bonuses counted by
/// posing as many users ("from several accounts", "with different emails… each time", "a view bot", "so we climb the ranking") or
/// farmed for the asker ("send me the items"); the worker's pay in points, credits, vouchers, tokens or goods rather than money ("Payment:
/// 6,000 points on our store, no cash"), or only if a result comes ("paid only for reviews that get 10 helpful votes"). The categories'
/// Japanese rules read kana and kanji cues, which these writers do not use. The work about such schemes (detecting, moderating,
/// translating or writing about them), the client's own test accounts, an honest or labelled campaign, pay stated in yen and the writer
/// refusing are no request. Each rule is an <see cref="IllegalRule"/> (a subject with an act near it, no exception in the text) read for
/// its own category, and only where the category's own detector found nothing (<see cref="ContentCheck"/>).
/// </summary>
internal sealed class LatinRequestRules(Lexicon lex)
{
    // The writer refusing, in English ("can't" is read "cant": the fold drops apostrophes with the quotation marks).
    private static readonly string[] s_refused =
    [
        "i can't", "i cant", "i cannot", "i won't", "i wont", "i refuse", "i refused", "i don't do", "i dont do", "we don't buy", "we dont buy",
        "not allowed", "forbidden", "against the rules", "against the terms",
    ];

    // The scheme as the work's subject, not asked for.
    private static readonly string[] s_aboutIt =
    [
        "detect", "detects", "detected", "detection", "moderate", "moderation", "flag", "translate", "article", "policy", "guidelines",
        "analyse", "analyze", "summarise", "summarize", "fraud", "abuse", "legitimate", "honest",
    ];

    private readonly (string Category, IllegalRule Rule)[] _rules =
    [
        (Categories.StealthMarketing, new(
            "stealth.posing_customer",
            StealthMarketingDetector.ReasonJa,
            lex.Add("review", "reviews", "rate", "rating", "ratings", "5-star", "five-star", "stars", "comments", "post", "posts", "tweet", "tweets",
                "testimonial", "testimonials", "recommending", "answers", "blog", "comment"),
            // Written as someone else, or with the advertiser hidden.
            lex.Add(["as a customer", "as a regular customer", "as a normal customer", "as if you", "as if you were", "as if you had", "as your own",
                "like a normal user", "like a real", "pretending", "pretend", "say you're", "say youre", "say you are", "don't mention", "dont mention",
                "do not mention", "no mention of us", "don't say", "dont say", "do not say", "don't tag", "dont tag", "do not add #ad", "without #ad",
                "no #ad", "no disclosure", "look organic", "looks organic", "sound natural", "look real", "looks real", "totally real",
                "verified buyer", "different names", "different people", "haven't stayed", "havent stayed", "haven't used", "havent used",
                "without having used", "never used", "look natural", "looks natural", "nobody needs to know", "no one needs to know",
                "found it yourself", "your own opinion", "personal experience",
                // Posing as an ordinary buyer or guest, or the tie to the advertiser kept out: "as a guest", "as a regular user",
                // "without the #ad tag", "Do not disclose the partnership", "Never mention you are paid", "No sponsor disclosure".
                .. Posing(), .. Hidden()]),
            lex.Add([.. s_refused, .. s_aboutIt]),
            Window: 140,
            AcrossSentences: true)),
        (Categories.ExternalTos, new(
            "tos.ranking_manipulation",
            ExternalTosDetector.ReasonJa,
            lex.Add("download", "downloads", "install", "installs", "views", "videos", "upvote", "upvotes", "votes", "click", "clicks", "streams",
                "songs", "surveys", "sign-up", "sign-ups", "signup", "signups", "referral", "refer a friend", "credit", "coupon", "bonus", "rewards",
                "points", "quests", "accounts", "account"),
            // Many users posed as, a bot, the count repeated, or the farmed goods handed over.
            lex.Add("several accounts", "multiple accounts", "many accounts", "different accounts", "new accounts", "new account", "new email",
                "new emails", "different emails", "different phone numbers", "different names", "different addresses", "different browsers",
                "different wi-fi", "different devices", "as many devices", "vpn", "emulator", "emulators", "bot", "bots", "view bot", "click farm",
                "fake downloads", "fake installs", "each time", "many times", "repeatedly", "repeat", "times a day", "on loop", "use them to",
                "ranking", "rankings", "the chart", "weekly chart", "trends", "trending", "send me the items", "send us the points",
                "send me the points", "transfer the points", "from each"),
            lex.Add([.. s_refused, .. s_aboutIt, "staging", "test accounts", "load test", "filter out", "invalid", "analytics", "counter",
                "dashboard", "aso"]),
            Window: 120,
            AcrossSentences: true)),
        (Categories.UncertainCompensation, new(
            "pay.goods_or_results",
            UncertainCompensationDetector.GoodsReasonJa,
            lex.Add("payment", "pay", "paid", "reward", "compensation", "fee", "you'll receive", "youll receive", "you will receive"),
            // Something other than money, or money only on a result.
            lex.Add("no cash", "not money", "no money", "instead of money", "instead of yen", "instead of cash", "rather than money", "points",
                "credits", "vouchers", "gems", "tokens", "only for reviews", "only if", "nothing otherwise", "no pay",
                // Money only on a result, or by the count with nothing fixed: "you only get paid if the customer buys", "1 yen per like, no
                // minimum".
                "paid if", "only get paid", "commission only", "100% commission", "no minimum", "per like", "per view", "per follower",
                "per click"),
            // Points as the thing designed or shown, not the pay: "The reward points in the mockup should read…".
            lex.Add([.. s_refused, "in cash", "in yen", "paid in yen", "no points", "not in points", "mockup", "banner", "tutorial", "programme",
                // Points given on top of a fee: "3,000 yen per article, and you also get 3,000 store points as a thank-you".
                "as a thank", "on top"]),
            Window: 60)),
    ];

    // "as a guest", "like a regular user", "as a real customer": someone posing as one of the advertiser's own customers.
    private static IEnumerable<string> Posing()
    {
        foreach (var article in (string[])["as a ", "as an ", "like a "])
        {
            foreach (var kind in (string[])["", "regular ", "normal ", "real ", "ordinary "])
            {
                foreach (var who in (string[])["customer", "buyer", "user", "guest", "visitor", "patient", "shopper"])
                {
                    yield return article + kind + who;
                }
            }
        }
    }

    // The advertiser's tie kept out of the post: a word of leaving out before a word of disclosure.
    private static IEnumerable<string> Hidden()
    {
        foreach (var hide in (string[])["without the ", "without ", "no ", "don't mention ", "dont mention ", "do not mention ", "never mention ",
            "don't disclose ", "dont disclose ", "do not disclose ", "never disclose ", "don't tag it as ", "do not tag it as ", "never tag it as "])
        {
            foreach (var tie in (string[])["#ad", "#pr", "#sponsored", "ad tag", "pr tag", "sponsor", "sponsorship", "partnership", "disclosure", "you are paid",
                "you're paid", "youre paid", "we paid", "we are paying", "the gift", "it was a gift", "pr", "sponsored", "the partnership",
                "the sponsor", "the sponsorship"])
            {
                yield return hide + tie;
            }
        }
    }

    /// <summary>Adds a finding for each rule that matches, for a category none of <paramref name="findings"/> holds yet.</summary>
    public void AddTo(ContentText text, StateChange change, ref List<Finding>? findings)
    {
        foreach (var (category, rule) in _rules)
        {
            if (!Holds(findings, category) && rule.Match(text) is { } hit)
            {
                (findings ??= []).Add(Findings.One(change, text, category, Decision.Block, 0.8, rule.Code, rule.ReasonJa, false, hit));
            }
        }
    }

    private static bool Holds(List<Finding>? findings, string category)
    {
        if (findings is null)
        {
            return false;
        }

        foreach (var f in findings)
        {
            if (f.Category == category)
            {
                return true;
            }
        }

        return false;
    }
}
