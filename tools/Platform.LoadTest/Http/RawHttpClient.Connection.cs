using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;

namespace Platform.LoadTest.Http;

/// <summary>The client's keep-alive connections.</summary>
public sealed partial class RawHttpClient
{
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
}
