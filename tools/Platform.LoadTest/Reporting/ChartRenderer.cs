using Platform.LoadTest.Measurement;
using ScottPlot;

namespace Platform.LoadTest.Reporting;

/// <summary>Throughput (left axis) and p99 latency (right axis) per second, with the warm-up and spike windows shaded.</summary>
internal static class ChartRenderer
{
    public static void Save(string path, string title, IReadOnlyList<SecondSample> samples, double warmup, (double Start, double End)? spike)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel("seconds from start");
        var xs = samples.Select(s => s.T).ToArray();

        if (warmup > 0)
        {
            var w = plot.Add.HorizontalSpan(0, warmup);
            w.FillStyle.Color = Colors.Gray.WithAlpha(0.15);
            w.LegendText = "warm-up (excluded)";
        }

        if (spike is { } window)
        {
            var sp = plot.Add.HorizontalSpan(window.Start, window.End);
            sp.FillStyle.Color = Colors.Orange.WithAlpha(0.2);
            sp.LegendText = "spike window";
        }

        var target = plot.Add.ScatterLine(xs, samples.Select(s => s.TargetRate).ToArray());
        target.LegendText = "target req/s";
        target.Color = Colors.Gray;
        target.LinePattern = LinePattern.Dashed;

        var ok = plot.Add.ScatterLine(xs, samples.Select(s => (double)s.Ok).ToArray());
        ok.LegendText = "ok/s (state changes)";
        ok.Color = Colors.SteelBlue;
        ok.LineWidth = 2;

        var errors = plot.Add.ScatterLine(xs, samples.Select(s => (double)s.Errors).ToArray());
        errors.LegendText = "errors/s";
        errors.Color = Colors.Red;
        plot.Axes.Left.Label.Text = "requests per second";

        var p99 = plot.Add.ScatterLine(xs, samples.Select(s => s.P99Ms).ToArray());
        p99.LegendText = "p99 ms (right axis)";
        p99.Color = Colors.DarkGreen;
        p99.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = "p99 latency (ms)";

        plot.Axes.SetLimitsY(0, Math.Max(1, samples.Count == 0 ? 1 : samples.Max(s => Math.Max(s.TargetRate, Math.Max(s.Sent, s.Ok))) * 1.1), plot.Axes.Left);
        plot.Axes.SetLimitsY(0, Math.Max(1, samples.Count == 0 ? 1 : samples.Max(s => s.P99Ms) * 1.1), plot.Axes.Right);
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 1200, 600);
    }
}
