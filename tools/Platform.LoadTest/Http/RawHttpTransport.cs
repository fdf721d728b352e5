using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using Platform.LoadTest.Measurement;
using Platform.LoadTest.Traffic;

namespace Platform.LoadTest.Http;

/// <summary>
/// The lean client (<c>--client raw</c>): HTTP/1.1 keep-alive connections over plain sockets, one request at a time
/// per connection, the request written from its pre-built parts in one send, the answer read into the connection's
/// own buffer (Content-Length or chunked). It spends a fraction of HttpClient's CPU per request, which matters when
/// the generator shares the host's cores; it speaks only what the gateway answers on 127.0.0.1 (no TLS, no
/// redirects, no compression), and anything else is an error of that request.
/// </summary>
internal sealed class RawHttpTransport : IRequestTransport
{
    private const long MaxIdleMilliseconds = 30_000;

    private readonly string _host;
    private readonly int _port;
    private readonly byte[] _fixedHeaders;
    private readonly TimeSpan _timeout;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<Connection> _idle = [];

    public RawHttpTransport(Uri target, int connections, TimeSpan timeout, string apiKey)
    {
        _host = target.Host;
        _port = target.Port;
        _timeout = timeout;
        _slots = new SemaphoreSlim(connections, connections);
        _fixedHeaders = Encoding.ASCII.GetBytes($"Host: {target.Authority}\r\nX-Api-Key: {apiKey}\r\nAccept: application/json\r\n");
    }

    public async Task<(int Status, VerdictScan Scan)> SendAsync(Operation op, CancellationToken abort)
    {
        await _slots.WaitAsync(abort);
        Connection? connection = null;
        try
        {
            // A connection idle for long may have been closed by the server (Kestrel: after 130 s): not reused.
            while (_idle.TryTake(out connection) && connection.IdleSince < Environment.TickCount64 - MaxIdleMilliseconds)
            {
                connection.Dispose();
                connection = null;
            }

            connection ??= await Connection.OpenAsync(_host, _port, abort);

            var answer = await connection.ExchangeAsync(Request(op), _timeout, abort);
            if (connection.Reusable)
            {
                _idle.Add(connection);
                connection = null;
            }

            return answer;
        }
        finally
        {
            connection?.Dispose();
            _slots.Release();
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }

        // _slots is not disposed: requests cancelled at the end of the run may still release it.
    }

    /// <summary>The request's bytes: request line, the fixed headers, the acting user, the body.</summary>
    internal byte[] Request(Operation op)
    {
        var body = op.Body ?? [];
        var head = $"{op.Method.Method} {op.Uri.PathAndQuery} HTTP/1.1\r\n";
        var user = $"X-User-Id: {op.UserId}\r\n";
        var tail = body.Length > 0 ? $"Content-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n" : "Content-Length: 0\r\n\r\n";
        var bytes = new byte[Encoding.ASCII.GetByteCount(head) + _fixedHeaders.Length + Encoding.UTF8.GetByteCount(user) + Encoding.ASCII.GetByteCount(tail) + body.Length];
        var n = Encoding.ASCII.GetBytes(head, bytes);
        _fixedHeaders.CopyTo(bytes, n);
        n += _fixedHeaders.Length;
        n += Encoding.UTF8.GetBytes(user, bytes.AsSpan(n));
        n += Encoding.ASCII.GetBytes(tail, bytes.AsSpan(n));
        body.CopyTo(bytes, n);
        return bytes;
    }

    /// <summary>One keep-alive connection and its receive buffer.</summary>
    private sealed class Connection(Socket socket) : IDisposable
    {
        private byte[] _buffer = new byte[16 * 1024];
        private CancellationTokenSource _deadline = new();

        /// <summary>False when the last answer said <c>Connection: close</c>.</summary>
        public bool Reusable { get; private set; } = true;

        /// <summary>When its last answer was read (<see cref="Environment.TickCount64"/>).</summary>
        public long IdleSince { get; private set; } = Environment.TickCount64;

        public static async Task<Connection> OpenAsync(string host, int port, CancellationToken ct)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(host, port, ct);
                return new Connection(socket);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        public async Task<(int Status, VerdictScan Scan)> ExchangeAsync(byte[] request, TimeSpan timeout, CancellationToken abort)
        {
            // The last deadline may have fired while the connection sat idle: then it takes a new one.
            if (!_deadline.TryReset())
            {
                _deadline.Dispose();
                _deadline = new CancellationTokenSource();
            }

            _deadline.CancelAfter(timeout);
            using var linked = abort.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(abort, _deadline.Token) : null;
            var ct = linked?.Token ?? _deadline.Token;
            await socket.SendAsync(request, SocketFlags.None, ct);

            // Head: status line and headers, up to the blank line.
            var length = 0;
            int headEnd;
            while ((headEnd = _buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8)) < 0)
            {
                length = await ReceiveAsync(length, ct);
            }

            var head = _buffer.AsSpan(0, headEnd);
            var status = Status(head);
            var contentLength = Utf8Parser.TryParse(Header(head, "content-length"u8), out int parsed, out _) ? parsed : -1;
            var chunked = Header(head, "transfer-encoding"u8).IndexOf("chunked"u8) >= 0;
            Reusable = Header(head, "connection"u8).IndexOf("close"u8) < 0;
            var bodyStart = headEnd + 4;
            int bodyEnd;
            if (chunked)
            {
                (bodyEnd, length) = await DechunkAsync(bodyStart, length, ct);
            }
            else if (contentLength >= 0)
            {
                while (length < bodyStart + contentLength)
                {
                    length = await ReceiveAsync(length, ct);
                }

                bodyEnd = bodyStart + contentLength;
            }
            else
            {
                throw new IOException("answer without Content-Length or chunked body");
            }

            if (!chunked && length != bodyEnd)
            {
                throw new IOException("bytes after the answer");
            }

            IdleSince = Environment.TickCount64;
            return (status, VerdictScanner.Scan(_buffer.AsSpan(bodyStart, bodyEnd - bodyStart), status >= 400));
        }

        public void Dispose()
        {
            socket.Dispose();
            _deadline.Dispose();
        }

        /// <summary>Reads more bytes after <paramref name="length"/>, growing the buffer when full; the new length.</summary>
        private async ValueTask<int> ReceiveAsync(int length, CancellationToken ct)
        {
            if (length == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = await socket.ReceiveAsync(_buffer.AsMemory(length), SocketFlags.None, ct);
            return read > 0 ? length + read : throw new IOException("connection closed by the server");
        }

        /// <summary>Joins the chunks in place from <paramref name="start"/>; the end of the joined body and of the bytes read.</summary>
        private async ValueTask<(int BodyEnd, int Length)> DechunkAsync(int start, int length, CancellationToken ct)
        {
            var write = start;
            var read = start;
            while (true)
            {
                int lineEnd;
                while ((lineEnd = _buffer.AsSpan(read, length - read).IndexOf("\r\n"u8)) < 0)
                {
                    length = await ReceiveAsync(length, ct);
                }

                var sizeText = _buffer.AsSpan(read, lineEnd);
                var semicolon = sizeText.IndexOf((byte)';');
                if (!Utf8Parser.TryParse(semicolon >= 0 ? sizeText[..semicolon] : sizeText, out int size, out _, 'x') || size < 0)
                {
                    throw new IOException("bad chunk size");
                }

                read += lineEnd + 2;
                while (length < read + size + 2)
                {
                    length = await ReceiveAsync(length, ct);
                }

                if (size == 0)
                {
                    // No trailers from the gateway: the last chunk ends with one more CRLF.
                    return (write, read + 2 == length ? length : throw new IOException("trailers or extra bytes after the last chunk"));
                }

                _buffer.AsSpan(read, size).CopyTo(_buffer.AsSpan(write));
                write += size;
                read += size + 2;
            }
        }

        private static int Status(ReadOnlySpan<byte> head) =>
            head.Length >= 12 && head.StartsWith("HTTP/1.1 "u8) && Utf8Parser.TryParse(head.Slice(9, 3), out int status, out _)
                ? status
                : throw new IOException("not an HTTP/1.1 answer");

        /// <summary>The value of a header (name in lower case), empty when absent.</summary>
        private static ReadOnlySpan<byte> Header(ReadOnlySpan<byte> head, ReadOnlySpan<byte> name)
        {
            foreach (var range in head.Split("\r\n"u8))
            {
                var line = head[range];
                var colon = line.IndexOf((byte)':');
                if (colon == name.Length && Ascii.EqualsIgnoreCase(line[..colon], name))
                {
                    return line[(colon + 1)..].Trim((byte)' ');
                }
            }

            return default;
        }
    }
}
