namespace Platform.Checks.Content;

/// <summary>
/// A worker offering free work of their own accord ("無料で1本書かせていただきます", "ご希望なら無償でお出しします", "まず無料で伺わせて
/// ください"): the offer is the worker's, not a free sample asked of them, so the unpaid-sample rules do not read the worker's text
/// as a request even when it asks something of the client in return. Only a free word followed in its clause by the worker's
/// own verb of doing or giving counts; a worker's text that asks the client to work for free stays a request.
/// </summary>
internal sealed class WorkerFreeOfferRules(Lexicon lex)
{
    private readonly CueSet _free = lex.Add("無料で", "無償で", "タダで", "無料にて", "無償にて", "お代はいただかず", "費用はいただかず");

    // The writer's own doing or giving: let me do it, I will hand it over.
    private readonly CueSet _ownVerb = lex.Add(
        "させてください", "かせてください", "わせてください", "らせてください", "させていただきます", "かせていただきます", "わせていただきます",
        "らせていただきます", "させていただけ", "お出しします", "お出しいたします", "お作りします", "お作りいたします", "ご用意します",
        "ご用意いたします", "お付けします", "お付けいたします");

    /// <summary>Whether a free word is followed in its clause by the writer's own verb of doing or giving.</summary>
    public bool Offers(ContentText text) =>
        text.FirstWhere(_free, this, static (t, h, self) => t.In(self._ownVerb, t.After(h, 30, clause: true))) is not null;
}
