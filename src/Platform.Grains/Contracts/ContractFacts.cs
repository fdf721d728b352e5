using System.Globalization;
using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Domain.Trust;
using Platform.Grains.Common;

namespace Platform.Grains.Contracts;

/// <summary>
/// Lays out a contract's facts for a dispute: asked, offered, agreed, and every dated event in order. Staff deciding a
/// dispute read every party's words: a message or a step's text (a delivery note, a cancellation or termination reason,
/// a rating comment) the checks withheld is given as written, marked with what was done and why.
/// </summary>
internal static class ContractFacts
{
    public static FactSheet Build(ContractView contract, ContractState s, JobRecordView job)
    {
        var timeline = new List<FactEntry>();
        foreach (var revision in job.Revisions)
        {
            timeline.Add(revision.Number == 1
                ? new FactEntry(revision.At, "job_posted", job.ClientId, $"募集「{revision.Fields.Title}」：{revision.Fields.Description}（予算 {revision.Fields.BudgetYen:N0}円・{FactLabels.BudgetKind(revision.Fields.BudgetKind)}）")
                : new FactEntry(revision.At, "job_edited", job.ClientId, $"募集内容の変更（第{revision.Number}版）：{Changes(job.Revisions[revision.Number - 2].Fields, revision.Fields)}"));
        }

        if (job.Proposal is { } p)
        {
            timeline.Add(new FactEntry(p.At, "proposal", p.WorkerId, $"提案（{p.PriceYen:N0}円）：{p.Text}") { Text = p.Text });
        }

        timeline.AddRange(job.ProposalThread.Select(m => Message("proposal_message", m)));
        timeline.AddRange(ContractEntries(s));

        // Oldest first; facts of the same instant keep the order they were added in (the history's own order).
        return new FactSheet
        {
            Contract = contract,
            AskedFirst = job.Revisions.FirstOrDefault()?.Fields,
            AskedNow = job.Revisions.LastOrDefault()?.Fields,
            Revisions = job.Revisions,
            Proposal = job.Proposal,
            Timeline = timeline.Select((f, i) => (f, i)).OrderBy(x => x.f.At).ThenBy(x => x.i).Select(x => x.f with { KindJa = FactLabels.Kind(x.f.Kind) }).ToArray(),
            StageJa = FactLabels.Stage(contract.Stage),
            DisclosureJa = FactLabels.Disclosure(contract.Disclosure),
        };
    }

    // The contract's history in its own order, each message where its first event stands (sent, held or blocked), and a
    // step's text with the step. A message with no event (a hold whose write did not finish) comes by its time.
    private static List<FactEntry> ContractEntries(ContractState s)
    {
        var messages = s.Messages.OrEmpty().ToDictionary(m => m.Id, StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<FactEntry>();
        var deliveries = 0;
        foreach (var e in s.History.OrEmpty())
        {
            if (e.MessageId is { } id && messages.TryGetValue(id, out var message) && placed.Add(id))
            {
                entries.Add(Message("message", message.ToView()));
                continue;
            }

            if (e.Type is "message_sent" or "message_held" or "message_blocked")
            {
                continue; // a message's first event, shown as the message
            }

            entries.Add(e.Type switch
            {
                "delivered" => Step(s, e, $"delivery-{++deliveries}", s.Deliveries.OrEmpty().FirstOrDefault(d => d.Number == deliveries)?.Note ?? After(e.DetailJa)),
                "cancelled" => Step(s, e, "cancellation", e.Text ?? After(e.DetailJa)),
                "termination_requested" => Step(s, e, "termination", e.Text ?? After(e.DetailJa)),
                "rated" => Step(s, e, "rating", s.Ratings.OrEmpty().FirstOrDefault(r => r.ByUserId == e.ActorId)?.Comment),
                _ => new FactEntry(e.At, e.Type, e.ActorId, e.DetailJa),
            });
        }

        entries.AddRange(s.Messages.OrEmpty().Where(m => !placed.Contains(m.Id)).Select(m => Message("message", m.ToView())));
        return entries;
    }

    // A step and the text written with it: as written, with what the checks did and why when they withheld it.
    private static FactEntry Step(ContractState s, ContractEvent e, string itemId, string? shown)
    {
        var kept = WithheldTexts.Of(s, itemId, e.ActorId, e.At);
        var text = kept?.Text ?? (string.IsNullOrEmpty(shown) ? null : shown);
        var withheld = kept is null ? null : kept.ReleasedAt is null ? kept.Decided : "released";
        var findings = kept?.Findings ?? [];
        var detail = withheld is not null
            ? $"{e.DetailJa}〔{FactLabels.Marked(withheld, findings)}。書かれた文面：{text}〕"
            : e.Type == "rated" && text is not null ? $"{e.DetailJa}：{text}" : e.DetailJa;
        return new FactEntry(e.At, e.Type, e.ActorId, detail) { Text = text, Withheld = withheld, WithheldFindings = findings };
    }

    // The text after the step's own words (「納品（第1回）：…」); the whole detail when it has none. For an event stored before its
    // text was kept on it (ContractEvent.Text) or with its step (a delivery's note): every such detail ends with the text after a '：'
    // its own words do not contain.
    private static string After(string detailJa) => detailJa.IndexOf('：', StringComparison.Ordinal) is var at and >= 0 ? detailJa[(at + 1)..] : detailJa;

    private static FactEntry Message(string kind, MessageView m)
    {
        // Delivered after a hold (a reviewer released it, or the disclosure it waited for was approved): withheld for a while.
        var withheld = m.Status == "delivered" ? (m.Verdict.Decision is "hold" or "block" ? "released" : null) : m.Status;
        IReadOnlyList<FindingView> findings = withheld is null ? [] : m.Verdict.Findings;
        return new FactEntry(m.At, kind, m.SenderId, $"[{FactLabels.Marked(withheld ?? m.Status, findings)}] {m.Text}")
        {
            Text = m.Text,
            Withheld = withheld,
            WithheldFindings = findings,
        };
    }

    private static string Changes(JobDraft before, JobDraft after)
    {
        var changes = new List<string>();
        if (before.Title != after.Title)
        {
            changes.Add($"タイトル「{before.Title}」→「{after.Title}」");
        }

        if (before.Description != after.Description)
        {
            changes.Add($"依頼内容「{after.Description}」");
        }

        if (before.Category != after.Category)
        {
            changes.Add($"カテゴリ {before.Category} → {after.Category}");
        }

        if (before.BudgetYen != after.BudgetYen || before.BudgetKind != after.BudgetKind)
        {
            changes.Add($"予算 {before.BudgetYen:N0}円・{FactLabels.BudgetKind(before.BudgetKind)} → {after.BudgetYen:N0}円・{FactLabels.BudgetKind(after.BudgetKind)}");
        }

        if (before.Deadline != after.Deadline)
        {
            changes.Add($"締め切り（日本時間） {Deadline(before.Deadline)} → {Deadline(after.Deadline)}");
        }

        return changes.Count == 0 ? "変更なし" : string.Join("、", changes);
    }

    // A deadline as the staff read every time of the sheet: in Japan time, to the second (a client may have sent it with
    // another offset, 2027-01-31T20:00:00Z being 2027-02-01 05:00:00 in Japan), so a change within one day shows too.
    private static string Deadline(DateTimeOffset? deadline) =>
        deadline is { } d ? d.ToOffset(BusinessCalendar.JapanOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "なし";
}
