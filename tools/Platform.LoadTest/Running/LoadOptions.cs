using Platform.LoadTest.Measurement;
using Platform.LoadTest.Scheduling;
using Platform.LoadTest.Traffic;

namespace Platform.LoadTest.Running;

/// <summary>Which HTTP client sends the measured traffic (setup and the staff API always use HttpClient).</summary>
public enum ClientKind
{
    /// <summary><see cref="Http.RawHttpClient"/>: pre-encoded requests on keep-alive sockets (http:// targets only).</summary>
    Raw,

    /// <summary>HttpClient over SocketsHttpHandler, as before session twenty-nine.</summary>
    HttpClient,
}

/// <summary>Everything a run needs, from the command line.</summary>
internal sealed record LoadOptions
{
    public required Uri Target { get; init; }
    public required ArrivalSchedule Schedule { get; init; }
    public string ApiKey { get; init; } = "dev-api-key";
    public string StaffKey { get; init; } = "dev-staff-key";
    public double Violations { get; init; } = 0.05;
    public TrafficMix Mix { get; init; } = TrafficMix.Default;
    public DirectoryInfo? ReportDir { get; init; }
    public string? Label { get; init; }
    public int Seed { get; init; } = 42;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
    public int Connections { get; init; } = 512;

    /// <summary>The measured traffic's HTTP client: the raw HTTP/1.1 one (default) or HttpClient.</summary>
    public ClientKind Client { get; init; } = ClientKind.Raw;
    public long MaxInFlight { get; init; } = 50_000;
    public int SetupParallelism { get; init; } = 32;
    public double SetupScale { get; init; } = 1.0;
    public bool PreciseDispatch { get; init; }
    public bool Plain { get; init; }

    /// <summary>How many of the slowest measured requests to list in slowest.csv, with the tool's own pauses (0: none).</summary>
    public int SlowLog { get; init; }

    /// <summary>The host's process id, to report its CPU use next to the tool's.</summary>
    public int? ServerPid { get; init; }
    public Thresholds Thresholds { get; init; } = new(null, null, null);

    /// <summary>The command line as given, for the report.</summary>
    public string CommandLine { get; init; } = "";
}
