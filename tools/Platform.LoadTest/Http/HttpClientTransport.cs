using System.Buffers;
using Platform.LoadTest.Measurement;
using Platform.LoadTest.Traffic;

namespace Platform.LoadTest.Http;

/// <summary>The default client (<c>--client http</c>): the shared HttpClient, each answer read into a pooled buffer so the connection is reused.</summary>
internal sealed class HttpClientTransport(HttpClient http) : IRequestTransport
{
    private const int InitialBuffer = 8 * 1024;

    public async Task<(int Status, VerdictScan Scan)> SendAsync(Operation op, CancellationToken abort)
    {
        using var request = new HttpRequestMessage(op.Method, op.Uri);
        request.Headers.TryAddWithoutValidation("X-User-Id", op.UserId);
        if (op.Body is not null)
        {
            var content = new ByteArrayContent(op.Body);
            content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            request.Content = content;
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, abort);
        var status = (int)response.StatusCode;
        return (status, await ReadAsync(response, status >= 400, abort));
    }

    public void Dispose()
    {
        // The HttpClient belongs to the run (setup and the staff API use it too).
    }

    private static async Task<VerdictScan> ReadAsync(HttpResponseMessage response, bool problem, CancellationToken abort)
    {
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(response.Content.Headers.ContentLength ?? InitialBuffer, 256, 1 << 20) + 1);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(abort);
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), abort);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return VerdictScanner.Scan(buffer.AsSpan(0, length), problem);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
