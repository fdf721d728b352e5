using System.Diagnostics;
using System.Globalization;

namespace Platform.RevocationBench;

/// <summary>
/// CPU time used so far by this process and by a PostgreSQL server (its postmaster, its live backends, and the backends
/// it has reaped), read from <c>/proc</c> in clock ticks of 10 ms: the split of a phase's cost between host and database.
/// </summary>
internal sealed class CpuMeter(int? postmasterPid)
{
    private const double MsPerTick = 10;

    public (double HostMs, double DatabaseMs) Now() => (Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds, DatabaseMs());

    /// <summary>The postmaster's pid from the first line of <c>postmaster.pid</c> in the data directory.</summary>
    public static int? PostmasterPid(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "postmaster.pid");
        return File.Exists(file) && int.TryParse(File.ReadLines(file).First(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private double DatabaseMs()
    {
        if (postmasterPid is not { } root)
        {
            return 0;
        }

        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                // Fields after the parenthesised command: state ppid … utime(14) stime(15) cutime(16) cstime(17).
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ppid = int.Parse(fields[1], CultureInfo.InvariantCulture);
                if (pid == root)
                {
                    ticks += Enumerable.Range(11, 4).Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture));
                }
                else if (ppid == root)
                {
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The process exited while being read; its time is in the postmaster's reaped children.
            }
        }

        return ticks * MsPerTick;
    }
}
