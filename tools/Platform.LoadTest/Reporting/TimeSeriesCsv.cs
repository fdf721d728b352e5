using System.Globalization;
using System.Text;
using Platform.LoadTest.Measurement;

namespace Platform.LoadTest.Reporting;

/// <summary>The per-second series as CSV (for spreadsheets and later comparisons).</summary>
internal static class TimeSeriesCsv
{
    public static string Render(IEnumerable<SecondSample> samples)
    {
        var sb = new StringBuilder("t_s,measured,target_per_s,sent,ok,refused,errors,p50_ms,p99_ms,max_ms,in_flight\n");
        foreach (var s in samples)
        {
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.T:0},{(s.Measured ? 1 : 0)},{s.TargetRate:0},{s.Sent},{s.Ok},{s.Refused},{s.Errors},{s.P50Ms:0.###},{s.P99Ms:0.###},{s.MaxMs:0.###},{s.InFlight}"));
        }

        return sb.ToString();
    }
}
