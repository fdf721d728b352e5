using BenchmarkDotNet.Attributes;
using Platform.Domain.Trust;

namespace Platform.Benchmarks;

/// <summary>
/// One message recorded in a sender's mass-send window (what every message a user sends costs the user grain), the
/// window holding <see cref="Kept"/> earlier messages of other texts: 16 (a sender of a few messages an hour), 500 (the
/// most it keeps). Each message is a second after the last; the window spans <see cref="Kept"/> seconds, so one expires
/// per message at the steady state.
/// </summary>
[MemoryDiagnoser]
public class MassSendBenchmarks
{
    private const int Texts = 4096;

    private SentCopy[] _copies = [];
    private MassSendWindow _window = new(MassSendPolicy.Default);
    private int _next;

    [Params(16, 500)]
    public int Kept { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Texts no two of which are near-identical: random kana and kanji, as long as a message of the load tool's mix.
        var random = new Random(42);
        var start = new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);
        _copies = Enumerable.Range(0, Texts).Select(i => new SentCopy(
            "contract", $"c{i}", "m1", $"u{i % 97}",
            new string(Enumerable.Range(0, 60).Select(_ => (char)(random.Next(2) == 0 ? random.Next(0x3041, 0x3097) : random.Next(0x4E00, 0x4F00))).ToArray()),
            start.AddSeconds(i))).ToArray();
        _window = new MassSendWindow(MassSendPolicy.Default with { Window = TimeSpan.FromSeconds(Kept) });
        for (_next = 0; _next < Kept; _next++)
        {
            _window.Record(_copies[_next]);
        }
    }

    [Benchmark]
    public int Record()
    {
        // The texts come round again once every 4,096 messages, by then long expired; the time only moves on.
        var i = _next++;
        var copy = _copies[i % Texts];
        return _window.Record(copy with { At = copy.At.AddSeconds(i / Texts * Texts) }).Count;
    }
}
