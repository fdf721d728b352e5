using System.Globalization;
using Platform.LoadTest.Measurement;
using Platform.LoadTest.Scheduling;
using Spectre.Console;

namespace Platform.LoadTest.Running;

/// <summary>
/// Progress while the run goes: one refreshing table on a terminal (Spectre.Console live display), or a plain line
/// every few seconds when the output is redirected (CI logs, files).
/// </summary>
internal sealed class LiveView(bool plain, ArrivalSchedule schedule)
{
    private const int PlainEverySeconds = 5;

    private readonly bool _plain = plain || Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive;

    public async Task RunAsync(Func<Action<SecondSample, long>, Task> body)
    {
        if (_plain)
        {
            await body((s, issued) =>
            {
                if ((int)s.T % PlainEverySeconds == 0)
                {
                    Console.WriteLine(Line(s, issued));
                }
            });
            return;
        }

        var table = NewTable();
        await AnsiConsole.Live(table).AutoClear(false).StartAsync(async ctx =>
        {
            await body((s, issued) =>
            {
                Fill(table, s, issued);
                ctx.Refresh();
            });
        });
    }

    private string Line(SecondSample s, long issued) => string.Create(CultureInfo.InvariantCulture,
        $"[{s.T,5:0}s {(s.Measured ? "measured" : "warm-up ")}] target {s.TargetRate,7:N0}/s  sent {s.Sent,7:N0}  ok {s.Ok,7:N0}  refused {s.Refused,5:N0}  errors {s.Errors,5:N0}  " +
        $"p50 {s.P50Ms,7:0.00} ms  p99 {s.P99Ms,8:0.00} ms  max {s.MaxMs,8:0.0} ms  in flight {s.InFlight,6:N0}  {Percent(issued)}");

    private string Percent(long issued) => schedule.TotalRequests == 0 ? "" : $"{100.0 * issued / schedule.TotalRequests:0}%";

    private static Table NewTable()
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Platform load test");
        foreach (var column in new[] { "t", "phase", "target/s", "sent/s", "ok/s", "refused/s", "errors/s", "p50 ms", "p99 ms", "max ms", "in flight", "done" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        table.AddRow(Enumerable.Repeat("…", 12).ToArray());
        return table;
    }

    private void Fill(Table table, SecondSample s, long issued)
    {
        var cells = new[]
        {
            $"{s.T:0}s", s.Measured ? "measured" : "[grey]warm-up[/]", $"{s.TargetRate:N0}", $"{s.Sent:N0}", $"[green]{s.Ok:N0}[/]",
            $"{s.Refused:N0}", s.Errors > 0 ? $"[red]{s.Errors:N0}[/]" : "0", $"{s.P50Ms:0.00}", $"{s.P99Ms:0.00}", $"{s.MaxMs:0.0}",
            $"{s.InFlight:N0}", Percent(issued),
        };
        for (var i = 0; i < cells.Length; i++)
        {
            table.UpdateCell(0, i, new Markup(cells[i]));
        }
    }
}
