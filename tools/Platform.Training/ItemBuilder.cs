using Platform.Compliance.Abstractions;
using Platform.Eval;

namespace Platform.Training;

/// <summary>Composes one corpus item at a time (kind, context, text, labels, decision); skips exact repeats.</summary>
public sealed class ItemBuilder(Composer c)
{
    private static readonly string[] PreEscrow = ["pre_contract", "contracted"];
    private static readonly string[] PostEscrow = ["escrow_funded", "delivered", "completed"];
    private static readonly string[] PostDisclosure = ["none", "none", "requested", "requested", "approved", "approved", "approved", "denied", "revoked"];

    private readonly List<CorpusItem> _items = [];
    private readonly HashSet<string> _seen = [];

    public IReadOnlyList<CorpusItem> Items => _items;

    public void ContactDetails()
    {
        var (kind, context) = Context(c.Pick(["message", "message", "message", "message", "message", "message", "message", "proposal", "profile", "job"]));
        var core = c.Fill(c.Pick(ContactFragments.Details));
        var (title, text) = Wrap(kind, core, ContactFragments.JobTitles);
        var (labels, decision, note) = ContactOutcome(context);
        Add(kind, title, text, context, labels, decision, note);
    }

    public void OffPlatformPayment()
    {
        var (kind, context) = Context(c.Chance(0.85) ? "message" : "proposal");
        var (title, text) = Wrap(kind, c.Fill(c.Pick(ContactFragments.Payment)), ContactFragments.JobTitles);
        Add(kind, title, text, context, [Categories.OffPlatformContact], "block", "payment outside the platform: blocked at every stage");
    }

    public void Content(string category, string[] sentences, string[] titles)
    {
        var kinds = category switch
        {
            Categories.FakeOfficial => new[] { "message", "message", "message", "job", "job", "profile" },
            Categories.RemoteDesktop => ["message", "message", "message", "job", "job", "proposal"],
            Categories.StealthMarketing or Categories.ExternalTos or Categories.UncertainCompensation or Categories.UnpaidSample =>
                ["job", "job", "job", "message", "message", "proposal"],
            _ => ["job", "job", "message", "message", "proposal", "profile"],
        };
        var (kind, context) = Context(c.Pick(kinds));
        var core = c.Fill(c.Pick(sentences));
        if (c.Chance(0.3))
        {
            core += c.Fill(c.Pick(sentences.Where(s => s != core).ToArray()));
        }

        var (title, text) = Wrap(kind, core, titles);
        Add(kind, title, text, context, [category], category == Categories.RemoteDesktop ? "advise" : "block", $"{category} ({kind})");
    }

    public void Mixed((string Category, string[] Sentences, string[] Titles)[] content)
    {
        var (category, sentences, titles) = c.Pick(content);
        var (kind, context) = Context(c.Chance(0.7) ? "message" : "job");
        var core = c.Fill(c.Pick(sentences));
        var labels = new List<string> { category };
        var decisions = new List<string> { category == Categories.RemoteDesktop ? "advise" : "block" };
        if (c.Chance(0.6))
        {
            var contact = c.Fill(c.Pick(ContactFragments.Details));
            core = c.Chance(0.5) ? core + contact : contact + core;
            var (contactLabels, contactDecision, _) = ContactOutcome(context);
            labels.AddRange(contactLabels);
            decisions.Add(contactDecision);
        }
        else
        {
            var (other, otherSentences, _) = c.Pick(content.Where(x => x.Category != category).ToArray());
            core += c.Fill(c.Pick(otherSentences));
            labels.Add(other);
            decisions.Add(other == Categories.RemoteDesktop ? "advise" : "block");
        }

        var (title, text) = Wrap(kind, core, titles);
        Add(kind, title, text, context, [.. labels.Distinct().Order(StringComparer.Ordinal)], Strictest(decisions), "several categories: the strictest decision");
    }

    /// <summary>A lure into a chat app with no identifier (LureFragments.Lures): held or blocked as contact details are.</summary>
    public void Lure()
    {
        var (kind, context) = Context(c.Pick(["message", "message", "message", "message", "message", "message", "proposal", "profile", "job", "job"]));
        var (title, text) = Wrap(kind, c.Fill(c.Pick(LureFragments.Lures)), ContactFragments.JobTitles);
        var (labels, decision, _) = ContactOutcome(context);
        Add(kind, title, text, context, labels, decision, "lure into a chat app with no identifier: as contact details by stage and disclosure");
    }

    /// <summary>A lure's look-alike (LureFragments.LookAlikes): the account as the work, the lure warned against, a refusal.</summary>
    public void LureLookAlike()
    {
        var (kind, context) = Context(c.Pick(["job", "job", "job", "job", "message", "message", "message", "proposal", "profile"]));
        var (title, text) = Wrap(kind, c.Fill(c.Pick(LureFragments.LookAlikes)), BenignFragments.JobTitles);
        Add(kind, title, text, context, [], "allow", "hard negative: a chat app's registration as the work, a warning or a refusal, not a lure");
    }

    /// <summary>A long ordinary post, proposal or message (250-700 characters): the work, the exchange on the site, schedule and price.</summary>
    public void LongBenign()
    {
        var (kind, context) = Context(c.Pick(["job", "job", "job", "job", "proposal", "proposal", "proposal", "message", "message", "message"]));
        var (title, sentences) = LongBody(kind, 0);
        Add(kind, title, Join([.. sentences]), context, [], "allow", "long ordinary text: the work, the exchange on the site, schedule and price");
    }

    /// <summary>
    /// A long post, proposal or message with exactly one violating sentence of <paramref name="sentences"/> buried among ordinary
    /// ones: labelled with <paramref name="category"/> (contact by stage and disclosure unless <paramref name="everyStage"/>).
    /// </summary>
    public void LongBuried(string category, string[] sentences, bool everyStage = false)
    {
        var (kind, context) = Context(c.Pick(["job", "job", "job", "proposal", "proposal", "message", "message", "message"]));
        var violation = c.Fill(c.Pick(sentences));
        var (title, body) = LongBody(kind, violation.Length);
        body.Insert(c.Between(1, body.Count - 1), violation);
        var (labels, decision, _) = category == Categories.OffPlatformContact && !everyStage
            ? ContactOutcome(context)
            : ([category], category == Categories.RemoteDesktop ? "advise" : "block", "");
        Add(kind, title, Join([.. body]), context, labels, decision, $"{category}: one sentence buried in a long {kind}");
    }

    /// <summary>A lure said as a state (LongFragments.StatedLures): held or blocked as contact details are.</summary>
    public void StatedLure()
    {
        var (kind, context) = Context(c.Pick(["message", "message", "message", "message", "message", "proposal", "profile", "job", "job", "job"]));
        var (title, text) = Wrap(kind, c.Fill(c.Pick(LongFragments.StatedLures)), ContactFragments.JobTitles);
        var (labels, decision, _) = ContactOutcome(context);
        Add(kind, title, text, context, labels, decision, "lure said as a state (registrants-only work, news on the app's account): as contact details");
    }

    /// <summary>A stated lure's look-alike (LongFragments.StatedLookAlikes): the client's own account as the work, a warning or a refusal.</summary>
    public void StatedLookAlike()
    {
        var (kind, context) = Context(c.Pick(["job", "job", "job", "job", "message", "message", "proposal", "profile"]));
        var (title, text) = Wrap(kind, c.Fill(c.Pick(LongFragments.StatedLookAlikes)), BenignFragments.JobTitles);
        Add(kind, title, text, context, [], "allow", "hard negative: the client's own account and its news as the work, a warning or a refusal");
    }

    /// <summary>One or two sentences giving out details, steps or examples on the platform itself (LongFragments.OnPlatform).</summary>
    public void OnPlatformNotice()
    {
        var (kind, context) = Context(c.Pick(["job", "job", "proposal", "proposal", "message", "message", "profile"]));
        var core = c.Fill(c.Pick(LongFragments.OnPlatform));
        if (c.Chance(0.4))
        {
            core += c.Fill(c.Pick(LongFragments.OnPlatform));
        }

        var (title, text) = Wrap(kind, core, BenignFragments.JobTitles);
        Add(kind, title, text, context, [], "allow", "hard negative: details given out, shared or announced on the platform itself");
    }

    // The title and the ordinary sentences of a long text of the kind, 250-700 characters with room for reserve more.
    private (string? Title, List<string> Sentences) LongBody(string kind, int reserve)
    {
        var (tradeTitle, job1, job2, worker) = c.Pick(LongFragments.Trades);
        var title = kind == "job" ? c.Fill(tradeTitle) : null;
        var sentences = kind switch
        {
            "job" => new List<string> { c.Fill(job1), c.Fill(job2) },
            "proposal" => [c.Fill(c.Pick(Frames.ProposalIntros)), c.Fill(worker)],
            _ => [c.Fill(c.Pick(Frames.Openers))],
        };
        string[] pool = kind switch
        {
            "job" => [.. LongFragments.Client, .. LongFragments.OnPlatform],
            "proposal" => [.. LongFragments.Worker, .. LongFragments.OnPlatform],
            _ => [.. LongFragments.Deal, .. BenignFragments.Deal],
        };
        var target = c.Between(250, 680) - reserve - (title?.Length ?? 0);
        var room = 670 - reserve - (title?.Length ?? 0);
        var left = Enumerable.Range(0, pool.Length).ToList();
        var length = sentences.Sum(s => s.Length);
        while ((length < target || sentences.Count < 3) && left.Count > 0)
        {
            var at = c.Between(0, left.Count - 1);
            var next = c.Fill(pool[left[at]]);
            left.RemoveAt(at);
            if (length + next.Length > room)
            {
                continue;
            }

            sentences.Add(next);
            length += next.Length;
        }

        if (kind != "job")
        {
            sentences.Add(c.Fill(c.Pick(Frames.Closers)));
        }

        sentences.RemoveAll(s => s.Length == 0);
        return (title, sentences);
    }

    public void BenignMessage()
    {
        var (kind, context) = Context("message");
        var body = c.Fill(c.Pick(BenignFragments.Deal));
        if (c.Chance(0.5))
        {
            body += c.Fill(c.Pick(BenignFragments.Deal));
        }

        Add(kind, null, c.Fill(c.Pick(Frames.Openers)) + body + c.Fill(c.Pick(Frames.Closers)), context, [], "allow", "ordinary deal talk");
    }

    public void Tricky()
    {
        var (kind, context) = Context(c.Pick(["job", "job", "job", "job", "job", "message", "message", "message", "proposal", "profile"]));
        var core = c.Fill(c.Pick(BenignFragments.Tricky));
        if (kind == "message" && c.Chance(0.4))
        {
            core = c.Fill(c.Pick(BenignFragments.Deal)) + core;
        }

        var (title, text) = Wrap(kind, core, BenignFragments.JobTitles);
        Add(kind, title, text, context, [], "allow", "hard negative: looks like a violation, is not");
    }

    public void BenignSelf()
    {
        var (kind, context) = Context(c.Chance(0.5) ? "profile" : "proposal");
        var text = c.Fill(c.Pick(BenignFragments.Self)) + c.Fill(c.Pick(BenignFragments.Self));
        Add(kind, null, text, context, [], "allow", "ordinary self-introduction");
    }

    private (string Title, string Text) Wrap(string kind, string core, string[] titles) => kind switch
    {
        "job" => (
            c.Fill(c.Chance(0.6) ? c.Pick(titles) : c.Pick(BenignFragments.JobTitles)),
            Join(c.Fill(c.Pick(Frames.JobIntros)), core, Conditions())),
        "proposal" => (null!, Join(c.Fill(c.Pick(Frames.ProposalIntros)), c.Chance(0.5) ? c.Fill(c.Pick(BenignFragments.Self)) : "", core, c.Fill(c.Pick(Frames.Closers)))),
        "profile" => (null!, Join(c.Fill(c.Pick(Frames.ProfileIntros)), core)),
        _ => (null!, Join(c.Fill(c.Pick(Frames.Openers)), c.Chance(0.35) ? c.Fill(c.Pick(BenignFragments.Deal)) : "", core, c.Fill(c.Pick(Frames.Closers)))),
    };

    // Up to two different job conditions (not two deadlines).
    private string Conditions()
    {
        var first = c.Between(0, Frames.JobConditions.Length - 1);
        var second = (first + c.Between(1, Frames.JobConditions.Length - 1)) % Frames.JobConditions.Length;
        return c.Fill(Frames.JobConditions[first]) + c.Fill(Frames.JobConditions[second]);
    }

    private string Join(params string[] parts)
    {
        var sep = c.Chance(0.25) ? "\n" : "";
        return string.Join(sep, parts.Where(p => p.Length > 0));
    }

    private (string Kind, CorpusContext Context) Context(string kind) => kind switch
    {
        "job" => (kind, new CorpusContext("open", "none", "client")),
        "proposal" => (kind, new CorpusContext("pre_contract", "none", "worker")),
        "profile" => (kind, new CorpusContext("open", "none", c.Chance(0.7) ? "worker" : "client")),
        _ => c.Chance(0.4)
            ? (kind, new CorpusContext(c.Pick(PreEscrow), "none", c.Chance(0.5) ? "worker" : "client"))
            : (kind, new CorpusContext(c.Pick(PostEscrow), c.Pick(PostDisclosure), c.Chance(0.5) ? "worker" : "client")),
    };

    private static (string[] Labels, string Decision, string Note) ContactOutcome(CorpusContext context)
    {
        var afterEscrow = PostEscrow.Contains(context.Stage);
        return (afterEscrow, context.Disclosure) switch
        {
            (true, "approved") => ([], "allow", "contact details after escrow with disclosure approved"),
            (true, "none" or "requested") => ([Categories.OffPlatformContact], "hold", "contact details after escrow, disclosure not yet approved"),
            (true, _) => ([Categories.OffPlatformContact], "block", "contact details after the disclosure was denied or revoked"),
            _ => ([Categories.OffPlatformContact], "block", "contact details before escrow"),
        };
    }

    private static string Strictest(IEnumerable<string> decisions) =>
        decisions.OrderByDescending(d => Array.IndexOf(["allow", "advise", "hold", "block"], d)).First();

    private void Add(string kind, string? title, string text, CorpusContext context, IReadOnlyList<string> labels, string decision, string note)
    {
        if (!_seen.Add(title + "\u0001" + text))
        {
            return;
        }

        _items.Add(new CorpusItem($"own-train-{_items.Count + 1:D4}", kind, kind == "job" ? title : null, text, context, labels, decision, note));
    }
}
