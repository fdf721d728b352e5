using System.Diagnostics;
using System.Globalization;

namespace Platform.LoadTest.Running;

/// <summary>
/// CPU time used by this process and, when <c>--server-pid</c> is given, by the host, over a stretch of wall time:
/// on a shared machine this tells whether the generator or the server was the one using the cores.
/// </summary>
internal sealed class CpuMeter
{
    private readonly int? _serverPid;
    private readonly long _startTimestamp = Stopwatch.GetTimestamp();
    private readonly TimeSpan _toolStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly TimeSpan? _serverStart;

    public CpuMeter(int? serverPid)
    {
        _serverPid = serverPid;
        _serverStart = Read(serverPid);
    }

    /// <param name="requests">Requests sent over the stretch, for the CPU per request.</param>
    public string Describe(long requests)
    {
        var wall = Stopwatch.GetElapsedTime(_startTimestamp).TotalSeconds;
        var tool = (Process.GetCurrentProcess().TotalProcessorTime - _toolStart).TotalSeconds;
        var text = string.Create(CultureInfo.InvariantCulture, $"tool {tool:0.0} s CPU ({100 * tool / wall:0}% of one core{PerRequest(tool, requests)})");
        if (_serverStart is { } start && Read(_serverPid) is { } end)
        {
            var server = (end - start).TotalSeconds;
            text += string.Create(CultureInfo.InvariantCulture, $", host (pid {_serverPid}) {server:0.0} s CPU ({100 * server / wall:0}% of one core{PerRequest(server, requests)})");
        }

        return text + string.Create(CultureInfo.InvariantCulture, $" over {wall:0.0} s wall, {Environment.ProcessorCount} cores");
    }

    private static string PerRequest(double seconds, long requests) =>
        requests <= 0 ? "" : string.Create(CultureInfo.InvariantCulture, $", {1e6 * seconds / requests:0} µs per request");

    private static TimeSpan? Read(int? pid)
    {
        if (pid is not { } id)
        {
            return null;
        }

        try
        {
            using var p = Process.GetProcessById(id);
            return p.TotalProcessorTime;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
