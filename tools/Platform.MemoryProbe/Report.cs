using System.Text;

namespace Platform.MemoryProbe;

/// <summary>Formats the snapshots as a Markdown table: per phase and overall, bytes per entity of each measure.</summary>
internal static class Report
{
    public static string Mb(long bytes) => $"{bytes / (1024.0 * 1024):N1} MiB";

    public static string Table(IReadOnlyList<MemorySnapshot> snapshots, IReadOnlyList<(string Kind, int Count)> phases, int total)
    {
        var text = new StringBuilder();
        text.AppendLine("| phase | entities | Δ activations | GC heap B/entity | committed B/entity | working set B/entity | private B/entity |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < phases.Count; i++)
        {
            Row(text, phases[i].Kind, phases[i].Count, snapshots[i], snapshots[i + 1]);
        }

        if (phases.Count > 1)
        {
            Row(text, "**all**", total, snapshots[0], snapshots[^1]);
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string kind, int count, MemorySnapshot before, MemorySnapshot after)
    {
        string Per(long delta) => $"{delta / (double)count:N0}";
        text.AppendLine($"| {kind} | {count:N0} | {after.Activations - before.Activations:N0} | {Per(after.HeapBytes - before.HeapBytes)} | " +
            $"{Per(after.CommittedBytes - before.CommittedBytes)} | {Per(after.WorkingSetBytes - before.WorkingSetBytes)} | {Per(after.PrivateBytes - before.PrivateBytes)} |");
    }
}
