using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;

namespace Platform.LoadTest.Http;

/// <summary>What the caller makes of an answer's status and body (the body span is valid only during the call).</summary>
public delegate TResult BodyHandler<TResult>(int status, ReadOnlySpan<byte> body);

/// <summary>Why an exchange gave no answer (<see cref="None"/> when it did).</summary>
public enum RawFailure
{
    None,

    /// <summary>No complete answer within the time-out (from the call, including the wait for a free connection).</summary>
    Timeout,

    /// <summary>The client was disposed or its abort token fired while the exchange ran.</summary>
    Cancelled,

    /// <summary>Connecting, sending or receiving failed (refused, reset).</summary>
    ConnectionError,

    /// <summary>The server closed the connection before the answer was complete.</summary>
    ResponseEnded,

    /// <summary>The answer is not HTTP/1.x as this client reads it (or larger than it accepts).</summary>
    InvalidResponse,
}

/// <summary>One answer: its status (0 when there was none), what the handler made of its body, or why it failed.</summary>
public readonly record struct RawResponse<TResult>(int Status, TResult? Result, RawFailure Failure);

/// <summary>
/// A minimal HTTP/1.1 client for the load tool: plain TCP to one loopback endpoint, keep-alive connections reused
/// (at most <c>maxConnections</c>, each carrying one exchange at a time; callers beyond that wait for one), the request
/// written in one send from pre-encoded bytes, the answer read into the connection's own buffer (Content-Length,
/// chunked, or until the server closes; <c>Connection: close</c> honoured; 1xx answers skipped) and handed to the
/// caller as a span, so an exchange allocates next to nothing. A watchdog closes the connection of an exchange that
/// runs past the time-out. A reused connection that the server closed while idle (nothing of the answer read) is
/// retried once on a new connection, as SocketsHttpHandler does. No TLS, no HTTP/2, no redirects, no decompression.
/// </summary>
public sealed class RawHttpClient : IDisposable
{
    private const int MaxHead = 64 * 1024;
    private const int MaxBody = 64 * 1024 * 1024;

    private static readonly byte[] Http11 = " HTTP/1.1\r\n"u8.ToArray();
    private static readonly byte[] UserHeader = "X-User-Id: "u8.ToArray();
    private static readonly byte[] JsonBodyHeaders = "Content-Type: application/json\r\nContent-Length: "u8.ToArray();
    private static readonly byte[] EmptyBodyHeaders = "Content-Length: 0\r\n"u8.ToArray();

    private readonly EndPoint _endpoint;
    private readonly byte[] _fixedHeaders;
    private readonly long _timeoutTicks;
    private readonly int _timeoutMs;
    private readonly SemaphoreSlim _slots;
    private readonly Stack<Connection> _idle = new();
    private readonly List<Connection> _all = [];
    private readonly ConcurrentDictionary<Uri, byte[]> _paths = new(ReferenceEqualityComparer.Instance);
    private readonly CancellationToken _abort;
    private readonly CancellationTokenRegistration _abortRegistration;
    private readonly Timer _watchdog;
    private volatile bool _closed;
    private long _connectionsOpened;

    /// <summary>
    /// A client of <paramref name="target"/> (http://, its host an IP address or <c>localhost</c>) that sends
    /// <paramref name="headers"/> with every request, over at most <paramref name="maxConnections"/> connections; an
    /// exchange not answered within <paramref name="timeout"/> fails, and <paramref name="abort"/> closes them all.
    /// </summary>
    public RawHttpClient(Uri target, IEnumerable<(string Name, string Value)> headers, int maxConnections, TimeSpan timeout, CancellationToken abort)
    {
        if (target.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException("The raw client speaks plain http only.", nameof(target));
        }

        var host = target.IdnHost.Trim('[', ']');
        var address = IPAddress.TryParse(host, out var parsed) ? parsed
            : string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
            : throw new ArgumentException($"'{host}' is not an IP address or localhost.", nameof(target));
        _endpoint = new IPEndPoint(address, target.Port);
        var fixedHeaders = new StringBuilder();
        fixedHeaders.Append("Host: ").Append(target.Authority).Append("\r\n");
        foreach (var (name, value) in headers)
        {
            fixedHeaders.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        _fixedHeaders = Encoding.UTF8.GetBytes(fixedHeaders.ToString());
        _timeoutTicks = (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        _timeoutMs = (int)Math.Min(int.MaxValue, timeout.TotalMilliseconds);
        _slots = new SemaphoreSlim(maxConnections, maxConnections);
        _abort = abort;
        _abortRegistration = abort.Register(static s => ((RawHttpClient)s!).CloseAll(), this);
        var period = TimeSpan.FromMilliseconds(Math.Clamp(timeout.TotalMilliseconds / 20, 5, 100));
        _watchdog = new Timer(static s => ((RawHttpClient)s!).KillOverdue(), this, period, period);
    }

    /// <summary>Connections opened so far (a keep-alive client opens few).</summary>
    public long ConnectionsOpened => Interlocked.Read(ref _connectionsOpened);

    /// <summary>
    /// Sends one request (<paramref name="method"/> on <paramref name="uri"/>'s path, <c>X-User-Id</c> when
    /// <paramref name="userId"/> is given, <paramref name="body"/> as application/json, or for a POST/PUT without one
    /// <c>Content-Length: 0</c>) and reads its whole answer, which <paramref name="handler"/> reads in place; never
    /// throws for transport trouble (see <see cref="RawFailure"/>).
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<RawResponse<TResult>> SendAsync<TResult>(HttpMethod method, Uri uri, string? userId, byte[]? body, BodyHandler<TResult> handler)
    {
        var start = Stopwatch.GetTimestamp();
        var deadline = start + _timeoutTicks;
        if (_closed)
        {
            return new(0, default, RawFailure.Cancelled);
        }

        bool slot;
        try
        {
            slot = await _slots.WaitAsync(_timeoutMs, _abort).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return new(0, default, RawFailure.Cancelled);
        }

        if (!slot)
        {
            return new(0, default, RawFailure.Timeout);
        }

        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var connection = TakeIdle();
                var reused = connection is not null;
                if (connection is null)
                {
                    (connection, var failure) = await ConnectAsync(deadline).ConfigureAwait(false);
                    if (connection is null)
                    {
                        return new(0, default, failure);
                    }
                }

                var length = connection.WriteRequest(method, PathOf(uri), userId, body, _fixedHeaders);
                connection.Deadline = deadline;
                var outcome = await connection.ExchangeAsync(length, method == HttpMethod.Head, handler).ConfigureAwait(false);
                var killed = Interlocked.Exchange(ref connection.Deadline, 0) == Connection.Killed;
                if (outcome.Failure == RawFailure.None)
                {
                    if (connection.KeepAlive && !killed && !_closed)
                    {
                        Release(connection);
                    }
                    else
                    {
                        Drop(connection);
                    }

                    return new(outcome.Status, outcome.Result, RawFailure.None);
                }

                Drop(connection);
                if (_closed || _abort.IsCancellationRequested)
                {
                    return new(0, default, RawFailure.Cancelled);
                }

                if (killed)
                {
                    return new(0, default, RawFailure.Timeout);
                }

                // A kept-alive connection the server had closed: nothing of the answer came, so the request is sent
                // again on a new connection, once (what SocketsHttpHandler does too).
                if (!(reused && attempt == 0 && !outcome.AnyReceived && outcome.Failure is RawFailure.ResponseEnded or RawFailure.ConnectionError))
                {
                    return new(0, default, outcome.Failure);
                }
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose()
    {
        _closed = true;
        _watchdog.Dispose();
        _abortRegistration.Dispose();
        CloseAll();
        // _slots is not disposed: exchanges still finishing release their slot into it (it has no wait handle to free).
    }

    private byte[] PathOf(Uri uri)
    {
        if (_paths.TryGetValue(uri, out var path))
        {
            return path;
        }

        path = Encoding.ASCII.GetBytes(uri.PathAndQuery);
        if (_paths.Count < 100_000)
        {
            _paths.TryAdd(uri, path);
        }

        return path;
    }

    private Connection? TakeIdle()
    {
        lock (_idle)
        {
            return _idle.Count > 0 ? _idle.Pop() : null;
        }
    }

    private void Release(Connection connection)
    {
        lock (_idle)
        {
            _idle.Push(connection);
        }
    }

    private void Drop(Connection connection)
    {
        connection.Close();
        lock (_idle)
        {
            _all.Remove(connection);
        }
    }

    private async ValueTask<(Connection?, RawFailure)> ConnectAsync(long deadline)
    {
        var socket = new Socket(_endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        var remaining = TimeSpan.FromSeconds(Math.Max(0, deadline - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(_abort);
        cts.CancelAfter(remaining);
        try
        {
            await socket.ConnectAsync(_endpoint, cts.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            socket.Dispose();
            return (null, _abort.IsCancellationRequested || _closed ? RawFailure.Cancelled
                : ex is OperationCanceledException ? RawFailure.Timeout : RawFailure.ConnectionError);
        }

        Interlocked.Increment(ref _connectionsOpened);
        var connection = new Connection(socket);
        lock (_idle)
        {
            if (_closed)
            {
                connection.Close();
                return (null, RawFailure.Cancelled);
            }

            _all.Add(connection);
        }

        return (connection, RawFailure.None);
    }

    private void KillOverdue()
    {
        var now = Stopwatch.GetTimestamp();
        lock (_idle)
        {
            foreach (var c in _all)
            {
                var deadline = Volatile.Read(ref c.Deadline);
                if (deadline > 0 && now > deadline && Interlocked.CompareExchange(ref c.Deadline, Connection.Killed, deadline) == deadline)
                {
                    c.Close();
                }
            }
        }
    }

    private void CloseAll()
    {
        _closed = true;
        lock (_idle)
        {
            foreach (var c in _all)
            {
                Interlocked.Exchange(ref c.Deadline, Connection.Killed);
                c.Close();
            }

            _all.Clear();
            _idle.Clear();
        }
    }

    /// <summary>One keep-alive connection: its socket, its request buffer and its answer buffer.</summary>
    private sealed class Connection(Socket socket)
    {
        public const long Killed = -1;

        /// <summary>Stopwatch timestamp by which the current exchange must end; 0 when idle, <see cref="Killed"/> once the watchdog closed it.</summary>
        public long Deadline;

        private byte[] _out = new byte[4096];
        private byte[] _in = new byte[16 * 1024];
        private byte[] _chunked = new byte[4096];
        private int _start;
        private int _end;

        public bool KeepAlive { get; private set; } = true;

        public void Close()
        {
            try
            {
                socket.Dispose();
            }
            catch (ObjectDisposedException)
            {
            }
        }

        public int WriteRequest(HttpMethod method, byte[] path, string? userId, byte[]? body, byte[] fixedHeaders)
        {
            var max = method.Method.Length + path.Length + Http11.Length + fixedHeaders.Length + UserHeader.Length
                + (userId is null ? 0 : Encoding.UTF8.GetMaxByteCount(userId.Length)) + JsonBodyHeaders.Length + 16 + (body?.Length ?? 0);
            if (_out.Length < max)
            {
                _out = new byte[Math.Max(max, _out.Length * 2)];
            }

            var span = _out.AsSpan();
            var n = Encoding.ASCII.GetBytes(method.Method, span);
            span[n++] = (byte)' ';
            n += Put(span[n..], path);
            n += Put(span[n..], Http11);
            n += Put(span[n..], fixedHeaders);
            if (userId is not null)
            {
                n += Put(span[n..], UserHeader);
                n += Encoding.UTF8.GetBytes(userId, span[n..]);
                n += Put(span[n..], "\r\n"u8);
            }

            if (body is not null)
            {
                n += Put(span[n..], JsonBodyHeaders);
                body.Length.TryFormat(span[n..], out var digits, default, System.Globalization.CultureInfo.InvariantCulture);
                n += digits;
                n += Put(span[n..], "\r\n\r\n"u8);
                n += Put(span[n..], body);
            }
            else
            {
                if (method == HttpMethod.Post || method == HttpMethod.Put)
                {
                    n += Put(span[n..], EmptyBodyHeaders);
                }

                n += Put(span[n..], "\r\n"u8);
            }

            return n;
        }

        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        public async ValueTask<Exchanged<TResult>> ExchangeAsync<TResult>(int length, bool head, BodyHandler<TResult> handler)
        {
            var received = false;
            try
            {
                var sent = 0;
                while (sent < length)
                {
                    sent += await socket.SendAsync(_out.AsMemory(sent, length - sent), SocketFlags.None).ConfigureAwait(false);
                }

                while (true)
                {
                    // The head: status line and headers, up to the empty line.
                    int headLength;
                    while ((headLength = HeadLength()) < 0)
                    {
                        if (_end - _start >= MaxHead)
                        {
                            return Failed<TResult>(RawFailure.InvalidResponse, received);
                        }

                        if (!await FillAsync().ConfigureAwait(false))
                        {
                            return Failed<TResult>(RawFailure.ResponseEnded, received);
                        }

                        received = true;
                    }

                    received = true;
                    if (!ResponseHead.TryParse(_in.AsSpan(_start, headLength), out var parsed))
                    {
                        return Failed<TResult>(RawFailure.InvalidResponse, received);
                    }

                    _start += headLength;
                    if (parsed.Status is >= 100 and < 200 && parsed.Status != 101)
                    {
                        continue; // 100 Continue, 103 Early Hints: the real answer follows.
                    }

                    if (parsed.Status < 200)
                    {
                        return Failed<TResult>(RawFailure.InvalidResponse, received); // 101: no protocol switch was asked for
                    }

                    KeepAlive = parsed.KeepAlive;
                    if (head || parsed.Status is 204 or 304)
                    {
                        return Done(parsed.Status, handler(parsed.Status, default));
                    }

                    if (parsed.Chunked)
                    {
                        var bodyLength = await ReadChunkedAsync().ConfigureAwait(false);
                        return bodyLength < 0
                            ? Failed<TResult>(bodyLength == -1 ? RawFailure.ResponseEnded : RawFailure.InvalidResponse, received)
                            : Done(parsed.Status, handler(parsed.Status, _chunked.AsSpan(0, bodyLength)));
                    }

                    if (parsed.ContentLength is { } contentLength)
                    {
                        if (contentLength > MaxBody)
                        {
                            return Failed<TResult>(RawFailure.InvalidResponse, received);
                        }

                        var size = (int)contentLength;
                        while (_end - _start < size)
                        {
                            Reserve(size);
                            if (!await FillAsync().ConfigureAwait(false))
                            {
                                return Failed<TResult>(RawFailure.ResponseEnded, received);
                            }
                        }

                        var result = handler(parsed.Status, _in.AsSpan(_start, size));
                        _start += size;
                        return Done(parsed.Status, result);
                    }

                    // Neither length nor chunked: the body runs until the server closes the connection.
                    KeepAlive = false;
                    while (true)
                    {
                        if (_end - _start >= MaxBody)
                        {
                            return Failed<TResult>(RawFailure.InvalidResponse, received);
                        }

                        Reserve(_end - _start + 4096);
                        if (!await FillAsync().ConfigureAwait(false))
                        {
                            break;
                        }
                    }

                    return Done(parsed.Status, handler(parsed.Status, _in.AsSpan(_start, _end - _start)));
                }
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or IOException)
            {
                return Failed<TResult>(RawFailure.ConnectionError, received);
            }
        }

        private Exchanged<TResult> Done<TResult>(int status, TResult result)
        {
            if (_start != _end)
            {
                KeepAlive = false; // bytes nobody asked for: the connection is out of step, do not reuse it.
            }

            _start = _end = 0;
            return new(status, result, RawFailure.None, true);
        }

        private Exchanged<TResult> Failed<TResult>(RawFailure failure, bool received)
        {
            KeepAlive = false;
            return new(0, default, failure, received);
        }

        /// <summary>The length of the head (through its empty line) when all of it is buffered, else −1.</summary>
        private int HeadLength()
        {
            var at = _in.AsSpan(_start, _end - _start).IndexOf("\r\n\r\n"u8);
            return at < 0 ? -1 : at + 4;
        }

        /// <summary>Room for <paramref name="size"/> bytes from <c>_start</c>: moves the unread bytes to the front or grows the buffer.</summary>
        private void Reserve(int size)
        {
            if (_in.Length - _start >= size && _end < _in.Length)
            {
                return;
            }

            var unread = _end - _start;
            var target = _in.Length >= size && unread < _in.Length ? _in : new byte[Math.Max(size, _in.Length * 2)];
            Buffer.BlockCopy(_in, _start, target, 0, unread);
            _in = target;
            _start = 0;
            _end = unread;
        }

        /// <summary>Receives more bytes after <c>_end</c>; false when the server closed the connection.</summary>
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        private async ValueTask<bool> FillAsync()
        {
            if (_end == _in.Length)
            {
                Reserve(_end - _start + 4096);
            }

            var read = await socket.ReceiveAsync(_in.AsMemory(_end), SocketFlags.None).ConfigureAwait(false);
            _end += read;
            return read > 0;
        }

        /// <summary>Collects a chunked body into <c>_chunked</c>: its length, −1 when the connection ended first, −2 when malformed.</summary>
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        private async ValueTask<int> ReadChunkedAsync()
        {
            var length = 0;
            while (true)
            {
                int lineLength;
                long size;
                while ((lineLength = ChunkedBody.SizeLine(_in.AsSpan(_start, _end - _start), out size)) == 0)
                {
                    if (_end - _start > 1024)
                    {
                        return -2;
                    }

                    if (!await FillAsync().ConfigureAwait(false))
                    {
                        return -1;
                    }
                }

                if (lineLength < 0 || size > MaxBody - length)
                {
                    return -2;
                }

                _start += lineLength;
                if (size == 0)
                {
                    // Trailers (usually none), then the empty line.
                    while (true)
                    {
                        int end;
                        while ((end = _in.AsSpan(_start, _end - _start).IndexOf("\r\n"u8)) < 0)
                        {
                            if (_end - _start > MaxHead)
                            {
                                return -2;
                            }

                            if (!await FillAsync().ConfigureAwait(false))
                            {
                                return -1;
                            }
                        }

                        _start += end + 2;
                        if (end == 0)
                        {
                            return length;
                        }
                    }
                }

                var need = (int)size + 2;
                while (_end - _start < need)
                {
                    Reserve(need);
                    if (!await FillAsync().ConfigureAwait(false))
                    {
                        return -1;
                    }
                }

                if (_in[_start + need - 2] != '\r' || _in[_start + need - 1] != '\n')
                {
                    return -2;
                }

                if (_chunked.Length < length + (int)size)
                {
                    Array.Resize(ref _chunked, Math.Max(length + (int)size, _chunked.Length * 2));
                }

                Buffer.BlockCopy(_in, _start, _chunked, length, (int)size);
                length += (int)size;
                _start += need;
            }
        }

        private static int Put(Span<byte> to, ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(to);
            return bytes.Length;
        }
    }

    private readonly record struct Exchanged<TResult>(int Status, TResult? Result, RawFailure Failure, bool AnyReceived);
}

/// <summary>The parts of an HTTP/1.x answer head this client needs.</summary>
public readonly record struct ResponseHead(int Status, long? ContentLength, bool Chunked, bool KeepAlive)
{
    /// <summary>Parses a head (status line, headers, the empty line).</summary>
    public static bool TryParse(ReadOnlySpan<byte> head, out ResponseHead parsed)
    {
        parsed = default;
        var lineEnd = head.IndexOf("\r\n"u8);
        if (lineEnd < 12 || !head.StartsWith("HTTP/1."u8) || head[8] != ' ')
        {
            return false;
        }

        var minor = head[7];
        var s = head.Slice(9, 3);
        if (!IsDigit(s[0]) || !IsDigit(s[1]) || !IsDigit(s[2]) || (lineEnd > 12 && head[12] != ' '))
        {
            return false;
        }

        var status = ((s[0] - '0') * 100) + ((s[1] - '0') * 10) + (s[2] - '0');
        long? contentLength = null;
        var chunked = false;
        var keepAlive = minor == '1';
        var rest = head[(lineEnd + 2)..];
        while (true)
        {
            var end = rest.IndexOf("\r\n"u8);
            if (end <= 0)
            {
                break;
            }

            var line = rest[..end];
            rest = rest[(end + 2)..];
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                return false;
            }

            var name = line[..colon];
            var value = line[(colon + 1)..].Trim(" \t"u8);
            if (Ascii.EqualsIgnoreCase(name, "content-length"u8))
            {
                if (!System.Buffers.Text.Utf8Parser.TryParse(value, out long n, out var used) || used != value.Length || n < 0
                    || (contentLength is { } earlier && earlier != n))
                {
                    return false;
                }

                contentLength = n;
            }
            else if (Ascii.EqualsIgnoreCase(name, "transfer-encoding"u8))
            {
                chunked = EndsWithToken(value, "chunked"u8);
            }
            else if (Ascii.EqualsIgnoreCase(name, "connection"u8))
            {
                if (HasToken(value, "close"u8))
                {
                    keepAlive = false;
                }
                else if (HasToken(value, "keep-alive"u8))
                {
                    keepAlive = true;
                }
            }
        }

        parsed = new ResponseHead(status, chunked ? null : contentLength, chunked, keepAlive);
        return true;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static bool HasToken(ReadOnlySpan<byte> value, ReadOnlySpan<byte> token)
    {
        foreach (var range in value.Split((byte)','))
        {
            if (Ascii.EqualsIgnoreCase(value[range].Trim(" \t"u8), token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithToken(ReadOnlySpan<byte> value, ReadOnlySpan<byte> token)
    {
        var last = value.LastIndexOf((byte)',');
        return Ascii.EqualsIgnoreCase(value[(last + 1)..].Trim(" \t"u8), token);
    }
}

/// <summary>Chunked transfer coding: the chunk-size line.</summary>
public static class ChunkedBody
{
    /// <summary>
    /// Reads a chunk-size line (hex size, optional extensions, CRLF) at the start of <paramref name="buffer"/>: its
    /// length including the CRLF, 0 when the line is not complete yet, −1 when it is malformed.
    /// </summary>
    public static int SizeLine(ReadOnlySpan<byte> buffer, out long size)
    {
        size = 0;
        var end = buffer.IndexOf("\r\n"u8);
        if (end < 0)
        {
            return 0;
        }

        var digits = 0;
        foreach (var b in buffer[..end])
        {
            var v = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => -1,
            };
            if (v < 0)
            {
                if (digits > 0 && b is (byte)';' or (byte)' ' or (byte)'\t')
                {
                    break; // chunk extensions are ignored
                }

                return -1;
            }

            if (++digits > 15)
            {
                return -1;
            }

            size = (size * 16) + v;
        }

        return digits == 0 ? -1 : end + 2;
    }
}
