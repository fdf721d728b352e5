using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;

namespace Platform.LoadTest.Http;

/// <summary>
/// A minimal HTTP/1.1 client for the load tool: plain TCP to one loopback endpoint, keep-alive connections reused
/// (at most <c>maxConnections</c>, each carrying one exchange at a time; callers beyond that wait for one), the request
/// written in one send from pre-encoded bytes, the answer read into the connection's own buffer (Content-Length,
/// chunked, or until the server closes; <c>Connection: close</c> honoured; 1xx answers skipped) and handed to the
/// caller as a span, so an exchange allocates next to nothing. A watchdog closes the connection of an exchange that
/// runs past the time-out. A reused connection that the server closed while idle (nothing of the answer read) is
/// retried once on a new connection, as SocketsHttpHandler does. No TLS, no HTTP/2, no redirects, no decompression.
/// </summary>
public sealed partial class RawHttpClient : IDisposable
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

    private readonly record struct Exchanged<TResult>(int Status, TResult? Result, RawFailure Failure, bool AnyReceived);
}
