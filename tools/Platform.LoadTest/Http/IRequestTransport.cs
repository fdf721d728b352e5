using Platform.LoadTest.Measurement;
using Platform.LoadTest.Traffic;

namespace Platform.LoadTest.Http;

/// <summary>Sends one pre-built request and reads its whole answer: the status code and what the answer's verdict says.</summary>
internal interface IRequestTransport : IDisposable
{
    Task<(int Status, VerdictScan Scan)> SendAsync(Operation op, CancellationToken abort);
}
