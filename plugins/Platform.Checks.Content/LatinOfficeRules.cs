using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 事務局騙り written with the office's name in Latin letters, alone or mixed into Japanese: "【Support Team】…下記のGoogle Formで本人確認を",
/// "This message is from Admin… log in again via the link", "unei kara no tokubetsu anken desu. gaibu no form de…", "The platform staff
/// selected you… on the linked form". The detector's office cues are kana and kanji names: these writers give the platform's staff an
/// English or romaji name (Support Team, Admin, Moderation Team, Platform Staff, unei) and claim its word in English or romaji
/// (approved, selected, this is, tokubetsu). A name said to be the writer's own business ("our support team", "弊社のSupport Team"), a
/// warning about such messages ("claiming to be", "fake", "phishing") or a lure turned down ("no external form is needed") is no
/// claim. Part of <see cref="FakeOfficialDetector"/>.
/// </summary>
internal sealed class LatinOfficeRules(Lexicon lex)
{
    // The platform's staff named in English or romaji.
    private readonly CueSet _office = lex.Add(
        "support team", "support center", "support centre", "support desk", "support here", "official support", "official office", "official account",
        // Not "admin" alone, the admin page or API of any site ("Shopify Admin API", "/admin から入れます").
        "admin team", "site admin", "site administrator", "platform admin", "from admin", "admin approved", "admin]", "admin】", "moderation team", "moderator team", "safety center", "safety team", "cs team", "customer success", "management team",
        "recruitment team", "platform staff", "platform's staff", "platform hq", "platform headquarters", "the office", "trust & safety", "trust and safety",
        "staff id", "運営staff", "運営 staff", "unei", "un-ei", "jimukyoku");

    // Its word claimed: approved, chosen, speaking as it, or relayed.
    private readonly CueSet _claim = lex.Add(
        "approved", "approval", "selected", "chosen", "special", "verified", "premium", "vip", "this is", "this message is from", "from", "here",
        "i am from", "i work for", "we are", "said", "asked me", "tokubetsu", "kyoka", "shitei", "ninntei", "nintei", "kara no", "より", "から",
        "です", "認定", "承認", "審査", "特別", "当選", "公認", "指示");

    // Where the impostor sends the reader, said in English or romaji.
    private readonly CueSet _lure = lex.Add(
        "form", "forms", "the link", "via the link", "at the link", "linked", "external page", "outside site", "external site", "our site",
        "log in again", "login again", "verify", "bank details", "bank account", "card number", "id photo", "my number", "register on",
        "gaibu", "url", "honnin kakunin", "aptitude test", "skill test", "submit your id");

    // The writer's own organisation, right before the name: "our support team", "弊社のSupport Team", "company's official office".
    private readonly CueSet _own = lex.Add(
        "our", "our company's", "company's", "my company's", "弊社", "当社", "弊社の", "当社の", "自社", "御社");

    // A warning about such messages, or the lure turned down.
    private readonly CueSet _warning = lex.Add(
        "fake", "phishing", "scam", "claiming to be", "pretending", "reported", "do not trust", "don't trust", "dont trust", "beware",
        "not from", "no external", "not needed", "no need", "never asks", "never ask");

    // The name heading the message in brackets: "[Support Team] Your payout is on hold…", "【Support Team】本案件は…".
    private static bool IsHeading(ContentText text, Hit office) => office.Start > 0 && text.Folded[office.Start - 1] is '[' or '【';

    /// <summary>A claim of the office's word in a Latin-script name, with a lure; or null.</summary>
    public Finding? Detect(ContentText text, StateChange change, CueSet officeLure, CueSet denied, string reasonJa)
    {
        if (!text.Has(_office) || text.Has(_warning) || text.Has(denied))
        {
            return null;
        }

        var office = text.FirstWhere(
            _office, this, static (t, h, self) => (IsHeading(t, h) || t.In(self._claim, t.Near(h, 24, 24))) && !t.In(self._own, t.Near(h, 16, 0)));
        return office is { } o && (text.Find(_lure) ?? text.Find(officeLure)) is { } lure
            ? Findings.One(change, text, Categories.FakeOfficial, Decision.Block, 0.85, "official.fake_office", reasonJa, true, o, lure)
            : null;
    }
}
