namespace Platform.Checks.Contact;

/// <summary>
/// Contact details asked for in English: "your" and a way to reach the reader ("your WhatsApp number", "your email address",
/// "your LINE ID"), after an asking lead in the same sentence ("What is your…", "Send me your…", "Can I have your…"); and the
/// talk moved to a messaging app ("Let's continue on WhatsApp", "Message me on LINE", "Can we move this chat to Discord?").
/// </summary>
internal static partial class InvitationDetector
{
    // How far before "your" the asking lead is read, within the sentence.
    private const int LeadReach = 40;

    /// <summary>The reader's contact named after "your": a messaging app (with or without its ID word) or a number or address.</summary>
    internal static readonly Phrases YourContact = new([.. YourContactPhrases()]);

    // What asks for it: "what is / what's", "send me", "give me", "share", "tell me", "drop", "can I have", "let me know".
    private static readonly Phrases EnglishLead = Phrases.Unindexed(
        "what is", "what's", "whats", "what’s", "what are", "send", "give me", "share", "tell me", "drop", "leave", "can i have", "can i get",
        "could i have", "could i get", "may i have", "may i get", "i need", "need", "provide", "let me know", "let me have", "pass me", "dm me",
        "text me", "message me", "ping me", "add me");

    // Not asked: "Please do not share your email here", "We will never ask for your phone number", "No need to send your number".
    private static readonly Phrases EnglishNot = Phrases.Unindexed(
        "not", "never", "no need", "without", "avoid", "instead of", "don't", "don’t", "dont", "won't", "won’t", "shouldn't", "shouldn’t",
        "can't", "can’t", "cannot", "mustn't", "mustn’t");

    // What is built or written, where "your" addresses the product's user ("Enter your email to subscribe", a sign-up form's label).
    private static readonly Phrases EnglishWork = Phrases.Unindexed(
        "form", "forms", "field", "fields", "signup", "sign-up", "sign up", "template", "templates", "api", "integration", "database",
        "newsletter", "subscribe", "login", "log in", "checkout", "validation", "placeholder", "button", "buttons", "screen", "screens",
        "mockup", "crm", "chatbot", "notification", "notifications", "webhook", "users", "customers", "label", "labels", "copy");

    // A word after the noun that makes it another thing: "your line of work", "your number of pages", "your contact preferences".
    private static readonly Phrases NotAWayToReach = Phrases.Unindexed(
        "of", "for the", "preference", "preferences", "settings", "form", "page", "list", "field", "format", "type", "model", "count", "total");

    /// <summary>A messaging app after a preposition ("on WhatsApp", "to Discord", "via LINE"): where the talk is to go.</summary>
    internal static readonly Phrases OnApp = new([.. OnAppPhrases()]);

    // What moves the talk there, before it in the sentence: "Let's continue on WhatsApp", "Message me on LINE", "Can we move this
    // chat to Discord?", "Reach me on Skype", "Add me on WeChat".
    private static readonly Phrases MoveLead = Phrases.Unindexed(
        "continue", "talk", "chat", "move", "switch", "let's", "let’s", "lets", "discuss", "message me", "msg me", "reach me", "add me",
        "contact me", "text me", "call me", "dm me", "ping me", "find me", "write me", "write to me", "hit me up", "connect", "can we",
        "shall we");

    // Work on or for the app ("Let's discuss the bot on Discord", "translate our WhatsApp messages").
    private static readonly Phrases AppWork = Phrases.Unindexed(
        "bot", "bots", "server", "channel", "channels", "group", "community", "marketing", "campaign", "translate", "translation", "post",
        "posts", "sticker", "stickers", "members", "followers");

    private static IEnumerable<string> OnAppPhrases()
    {
        foreach (var app in (string[])["whatsapp", "telegram", "wechat", "kakao", "kakaotalk", "skype", "discord", "viber"])
        {
            foreach (var on in (string[])["on ", "to ", "via ", "over ", "through ", "in "])
            {
                yield return on + app;
            }
        }

        // LINE only where it cannot be a line: not "in line" or "to line up", not "on line 5".
        yield return "on line";
        yield return "via line";
    }

    private static IEnumerable<string> YourContactPhrases()
    {
        foreach (var app in (string[])["whatsapp", "line", "telegram", "signal", "wechat", "kakao", "kakaotalk", "skype", "discord", "viber", "gmail"])
        {
            foreach (var id in (string[])["", " id", " number", " handle", " account", " username", " address", " no"])
            {
                yield return "your " + app + id;
            }
        }

        foreach (var own in (string[])["", "personal ", "private ", "direct ", "own "])
        {
            foreach (var way in (string[])["number", "phone number", "phone no", "phone", "mobile", "mobile number", "cell", "cell number",
                "cellphone number", "telephone number", "email", "e-mail", "email address", "e-mail address", "mail address", "contact",
                "contact info", "contact details", "contact information", "contacts", "handle"])
            {
                yield return "your " + own + way;
            }
        }
    }

    private static void DetectEnglishAsks(ScanText scan, List<Hit> hits)
    {
        var t = scan.Text;
        foreach (var (start, len) in YourContact.In(scan, hits))
        {
            var end = start + len;
            if (!InsideAWord(t, start, end) && !WordAt(NotAWayToReach, t, NextWord(t, end)) && AskedInEnglish(scan, start, end, EnglishLead))
            {
                hits.Add(new Hit(Codes.Invitation, start, len, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in OnApp.In(scan, hits))
        {
            var end = start + len;
            var next = NextWord(t, end);
            if (!InsideAWord(t, start, end) && !(next < t.Length && char.IsAsciiDigit(t[next]))
                && AskedInEnglish(scan, start, end, MoveLead, AppWork))
            {
                hits.Add(new Hit(Codes.Invitation, start, len, 0.75, Soft: true));
            }
        }
    }

    // The phrase t[start..end) is part of a longer Latin word ("ayour", "your numbers").
    private static bool InsideAWord(string t, int start, int end) =>
        (start > 0 && char.IsAsciiLetterOrDigit(t[start - 1])) || (end < t.Length && char.IsAsciiLetterOrDigit(t[end]));

    // Where the word after position end starts (past one space).
    private static int NextWord(string t, int end) => end < t.Length && t[end] == ' ' ? end + 1 : end;

    // Said in its English sentence after one of the lead words, with no negation before it, and not about work: what is built
    // (EnglishWork, Keywords.WorkTopic) or, where given, work on the app itself.
    private static bool AskedInEnglish(ScanText scan, int start, int end, Phrases lead, Phrases? appWork = null)
    {
        var t = scan.Text;
        var from = EnglishSentenceStart(t, start);
        var to = EnglishSentenceEnd(t, end);
        return WordIn(lead, t, from, start) && !WordIn(EnglishNot, t, from, start) && !WordIn(EnglishWork, t, from, to)
            && (appWork is null || !WordIn(appWork, t, from, to)) && Keywords.WorkTopic.IndexIn(scan, from, to) < 0;
    }

    // One of the words as a word of its own in t[from..to): "form" not in "platform" or "format", "not" not in "another".
    private static bool WordIn(Phrases words, string t, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            i = words.IndexIn(t, i, to);
            if (i < 0)
            {
                return false;
            }

            if (WordAt(words, t, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool WordAt(Phrases words, string t, int at)
    {
        var len = at < t.Length ? words.MatchLength(t, at) : 0;
        return len > 0 && (at == 0 || !char.IsAsciiLetter(t[at - 1])) && (at + len >= t.Length || !char.IsAsciiLetter(t[at + len]));
    }

    // The English sentence around a position: bounded by . ? ! or a line break, and by LeadReach before it.
    private static int EnglishSentenceStart(string t, int i)
    {
        var limit = Math.Max(0, i - LeadReach);
        for (var k = i - 1; k >= limit; k--)
        {
            if (t[k] is '.' or '?' or '!' or '\n' or '。')
            {
                return k + 1;
            }
        }

        return limit;
    }

    private static int EnglishSentenceEnd(string t, int i)
    {
        var limit = Math.Min(t.Length, i + LeadReach);
        for (var k = i; k < limit; k++)
        {
            if (t[k] is '.' or '?' or '!' or '\n' or '。')
            {
                return k;
            }
        }

        return limit;
    }
}
