using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Grains.Common;

namespace Platform.Grains.Contracts;

/// <summary>Lays out a contract's facts for a dispute: asked, offered, agreed, and every dated event in order.</summary>
internal static class ContractFacts
{
    public static FactSheet Build(ContractView contract, ContractState s, JobRecordView job)
    {
        var timeline = new List<FactEntry>();
        foreach (var revision in job.Revisions)
        {
            timeline.Add(revision.Number == 1
                ? new FactEntry(revision.At, "job_posted", job.ClientId, $"募集「{revision.Fields.Title}」：{revision.Fields.Description}（予算 {revision.Fields.BudgetYen:N0}円・{revision.Fields.BudgetKind}）")
                : new FactEntry(revision.At, "job_edited", job.ClientId, $"募集内容の変更（第{revision.Number}版）：{Changes(job.Revisions[revision.Number - 2].Fields, revision.Fields)}"));
        }

        if (job.Proposal is { } p)
        {
            timeline.Add(new FactEntry(p.At, "proposal", p.WorkerId, $"提案（{p.PriceYen:N0}円）：{p.Text}"));
        }

        timeline.AddRange(job.ProposalThread.Select(m => new FactEntry(m.At, "proposal_message", m.SenderId, $"[{m.Status}] {m.Text}")));
        timeline.AddRange(s.History.OrEmpty().Where(e => !e.Type.StartsWith("message_", StringComparison.Ordinal))
            .Select(e => new FactEntry(e.At, e.Type, e.ActorId, e.DetailJa)));
        timeline.AddRange(s.Messages.OrEmpty().Select(m => new FactEntry(m.At, "message", m.SenderId, $"[{m.Status}] {m.Text}")));

        return new FactSheet
        {
            Contract = contract,
            AskedFirst = job.Revisions.FirstOrDefault()?.Fields,
            AskedNow = job.Revisions.LastOrDefault()?.Fields,
            Revisions = job.Revisions,
            Proposal = job.Proposal,
            Timeline = timeline.Select((f, i) => (f, i)).OrderBy(x => x.f.At).ThenBy(x => x.i).Select(x => x.f).ToArray(),
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

        if (before.BudgetYen != after.BudgetYen || before.BudgetKind != after.BudgetKind)
        {
            changes.Add($"予算 {before.BudgetYen:N0}円 → {after.BudgetYen:N0}円");
        }

        if (before.Deadline != after.Deadline)
        {
            changes.Add($"締め切り {before.Deadline:yyyy-MM-dd} → {after.Deadline:yyyy-MM-dd}");
        }

        return changes.Count == 0 ? "変更なし" : string.Join("、", changes);
    }
}
