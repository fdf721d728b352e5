namespace Platform.Checks.Content;

/// <summary>
/// A pay, scheme or free-work term written in Latin letters ("commission-only", "free trial", "downline") that its English or romaji
/// sentence sets aside: the writer refusing it or saying it is not allowed ("I can't accept commission-only work here", "Commission-only
/// offers aren't allowed here anyway"), the term as the subject of a text about it ("Explain the risks of commission-only sales work",
/// "how to spot MLM recruiting", "chuui shite kudasai, to iu kiji"), or the client's own product offered to its customers ("a landing
/// page for our free trial offer", "our brand's free sample campaign page"). The Japanese rules' exceptions are kana and kanji words,
/// which these writers do not use. Read by <see cref="UncertainCompensationDetector"/> and <see cref="UnpaidSampleDetector"/> (and the
/// scheme's meta words by <see cref="MlmDetector"/>).
/// </summary>
internal sealed class LatinAsideRules(Lexicon lex)
{
    // Refused by the writer, or said not to be allowed.
    private readonly CueSet _refused = lex.Add(
        "i can't accept", "i cannot accept", "i don't accept", "i do not accept", "we don't accept", "i don't do", "i do not do", "i won't do",
        "aren't allowed", "isn't allowed", "are not allowed", "is not allowed", "not allowed here", "against the rules", "against the terms",
        "i declined", "i refused", "dekimasen", "ukeraremasen", "kinshi",
        // The text's fold drops quotation marks, apostrophes with them: "can't" is read "cant".
        "i cant accept", "i dont accept", "we dont accept", "i dont do", "i wont do", "arent allowed", "isnt allowed");

    // The term as the subject of a text about it.
    private readonly CueSet _topic = lex.Add(
        "risks of", "the risks", "how to spot", "red flags", "red flag", "warning signs", "awareness", "compliance", "article on", "article about",
        "to iu kiji", "chuui shite", "ni tsuite no kiji",
        // An article that explains the scheme: "an article explaining why MLM schemes are risky", "explain the difference between".
        "explaining why", "explain why", "explain the difference");

    // The client's own product offered to its customers.
    private readonly CueSet _ownOffer = lex.Add(
        "free trial offer", "day free trial", "sample campaign", "giveaway", "free samples to", "for our customers", "to our customers", "to customers",
        "campaign page", "campaign no lp", "no lp");

    /// <summary>Whether the Latin-script <paramref name="hit"/> is set aside by its sentence (a Japanese hit never is).</summary>
    public bool Excuses(ContentText text, Hit hit)
    {
        if (!IsLatin(text, hit))
        {
            return false;
        }

        var sentence = text.Around(hit, 160, 160);
        return text.In(_refused, sentence) || text.In(_topic, sentence) || text.In(_ownOffer, sentence);
    }

    private static bool IsLatin(ContentText text, Hit hit)
    {
        foreach (var c in text.Folded.AsSpan(hit.Start, hit.Length))
        {
            if (c > 0x7f)
            {
                return false;
            }
        }

        return true;
    }

    // Work asked for free before the order, in English or romaji: the unpaid word, with a sample or test piece beside it.
    private readonly CueSet _unpaid = lex.Add(
        "for free first", "for free", "a free test", "unpaid", "no payment unless", "no payment", "muryou de", "mushou de", "tada de", "spec work",
        "only the chosen", "only pay if", "only if we choose", "unless we pick", "saiyou sha nomi", "saiyousha nomi", "at no cost", "free of charge",
        "no charge");

    private readonly CueSet _piece = lex.Add(
        "sample", "samples", "test", "test task", "trial", "mock-up", "mockup", "concept", "concepts", "sanpuru", "draft", "drafts", "chapter",
        "check your skill", "see your skill");

    // Paid after all, or refused: "a paid trial", "yuuryou de", "I don't do free samples", "no free spec work".
    private readonly CueSet _paid = lex.Add(
        "paid trial", "paid test", "yuuryou", "we pay", "we'll pay", "will be paid", "hourly rate", "at your rate", "no free", "no spec",
        "don't do free", "do not do free", "dont do free");

    /// <summary>
    /// Free work asked for in Latin letters ("Could you do a short test translation for free first?", "Spec work, only the chosen designer
    /// gets paid", "mazu muryou de sample wo hitotsu tsukutte kudasai"): the unpaid word with a sample or test piece in its sentence,
    /// nothing said to be paid or refused, and not set aside.
    /// </summary>
    public Hit? UnpaidPiece(ContentText text) =>
        text.FirstWhere(_unpaid, this, static (t, h, self) => IsLatin(t, h) && t.In(self._piece, t.Around(h, 80, 80))
            && !t.In(self._paid, t.Around(h, 160, 160)) && !self.Excuses(t, h));
}
