using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反 written in English or romaji, alone or mixed into Japanese: followers, likes, views or subscribers bought or sold as
/// the product ("Please buy 10k followers", "follower wo 5000nin kaitai", "インスタのfollowerをbuyして", "Followers… available for
/// purchase"). The Japanese cues name the purchase in kana and kanji ("フォロワー購入"), which these writers do not use. A refusal or
/// a rule in the same sentence ("No paid followers", "never with purchased followers", "Buying followers is against Instagram's
/// terms"). Latin cues match whole words, so each inflection read is listed or the Japanese prohibition right after it ("follower購入はNG") makes it no request. Part of <see cref="ExternalTosDetector"/>.
/// </summary>
internal sealed class LatinCountPurchaseRules(Lexicon lex)
{
    // The count sold as engagement, in English or romaji.
    private readonly CueSet _count = lex.Add("follower", "followers", "likes", "subscribers", "saisei-kai", "saiseikai");

    // Bought or sold: English verbs and romaji "kau" forms; written on either side of the count within the sentence.
    private readonly CueSet _bought = lex.Add(
        "buy", "buying", "purchase", "purchased", "purchasing", "bought", "for sale", "kaitai", "kaimasu", "katte", "wo kau", "を購入", "購入し", "買", "tool de fuyas",
        "bot de fuyas");

    // Turned down, ruled out or spoken of as wrong in the same sentence.
    private readonly CueSet _refused = lex.Add(
        "no paid", "no bought", "never", "not ", "n't", "without", "against", "avoid", "illegal", "spot fake", "dame", "はng", "dekimasen",
        "禁止", "しません", "できません");

    /// <summary>The finding for engagement bought or sold in Latin script, or null; <paramref name="no"/> tells a prohibition from a request.</summary>
    public Finding? Detect(ContentText text, StateChange change, TosProhibition no)
    {
        if (!text.Has(_count) || !text.Has(_bought))
        {
            return null;
        }

        var bought = text.FirstWhere(
            _count,
            (Self: this, No: no),
            static (t, h, s) => t.In(s.Self._bought, t.Around(h, 40, 40)) && !t.In(s.Self._refused, t.Around(h, 120, 120)) && !s.No.IsProhibited(t, h));
        return bought is { } b
            ? Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.fake_followers", ExternalTosDetector.ReasonJa, false, b)
            : null;
    }
}
