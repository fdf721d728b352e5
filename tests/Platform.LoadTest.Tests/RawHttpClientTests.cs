using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.LoadTest.Http;
using Platform.LoadTest.Measurement;

namespace Platform.LoadTest.Tests;

/// <summary>The raw HTTP/1.1 client of the load tool against a real Kestrel on 127.0.0.1.</summary>
public sealed class RawHttpClientTests
{
    private static readonly BodyHandler<string> AsText = static (_, body) => Encoding.UTF8.GetString(body);

    private static readonly BodyHandler<VerdictScan> Scan = static (status, body) => VerdictScanner.Scan(body, status >= 400);

    [Fact]
    public async Task ContentLengthAnswers_OnOneKeptAliveConnection_WithTheRequestAsSent()
    {
        var seen = new ConcurrentQueue<string>();
        await using var server = await Kestrel.StartAsync(async http =>
        {
            var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
            seen.Enqueue($"{http.Request.Method} {http.Request.Path} {http.Request.Headers["X-User-Id"]} {http.Request.Headers["X-Api-Key"]} {http.Request.ContentType} {http.Request.ContentLength} {body}");
            var answer = """{"id":"m1","verdict":{"decision":"block","findings":[{"category":"off_platform_contact"}]}}"""u8.ToArray();
            http.Response.StatusCode = 201;
            http.Response.ContentType = "application/json";
            http.Response.ContentLength = answer.Length;
            await http.Response.Body.WriteAsync(answer);
        });
        using var client = NewClient(server.BaseUri, TimeSpan.FromSeconds(5));
        var uri = new Uri(server.BaseUri, "api/contracts/c1/messages");

        for (var i = 0; i < 20; i++)
        {
            var answer = await client.SendAsync(HttpMethod.Post, uri, $"w{i}", """{"text":"こんにちは"}"""u8.ToArray(), Scan);

            Assert.Equal(RawFailure.None, answer.Failure);
            Assert.Equal(201, answer.Status);
            Assert.Equal("block", Vocabulary.Decisions[answer.Result.Decision]);
            Assert.Equal(1, answer.Result.CategoryMask);
        }

        Assert.Equal(1, client.ConnectionsOpened);
        Assert.Equal(20, seen.Count);
        Assert.Equal("POST /api/contracts/c1/messages w0 k1 application/json 26 {\"text\":\"こんにちは\"}", seen.First());
    }

    [Fact]
    public async Task PostWithoutBody_SendsContentLengthZero()
    {
        long? length = -1;
        await using var server = await Kestrel.StartAsync(http =>
        {
            length = http.Request.ContentLength;
            http.Response.StatusCode = 200;
            return Task.CompletedTask;
        });
        using var client = NewClient(server.BaseUri, TimeSpan.FromSeconds(5));

        var answer = await client.SendAsync(HttpMethod.Post, new Uri(server.BaseUri, "api/deals/d1/escrow"), "c1", null, AsText);

        Assert.Equal(200, answer.Status);
        Assert.Equal("", answer.Result);
        Assert.Equal(0, length);
    }

    [Fact]
    public async Task ChunkedAnswer_WrittenInPieces_IsReassembled()
    {
        var parts = new[] { """{"id":"c1","deliveries":[{"verdict":{"decision":"hold","findings":[{"category":"mlm"}]}},""", new string('x', 20_000).Insert(0, "{\"note\":\"") + "\"},", """{"verdict":{"decision":"advise","findings":[{"category":"advice"}]}}]}""" };
        await using var server = await Kestrel.StartAsync(async http =>
        {
            http.Response.StatusCode = 200;
            http.Response.ContentType = "application/json";
            foreach (var part in parts)
            {
                await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(part));
                await http.Response.Body.FlushAsync();
                await Task.Delay(20);
            }
        });
        using var client = NewClient(server.BaseUri, TimeSpan.FromSeconds(5));
        var uri = new Uri(server.BaseUri, "api/contracts/c1");

        var text = await client.SendAsync(HttpMethod.Get, uri, "c1", null, AsText);
        var scan = await client.SendAsync(HttpMethod.Get, uri, "c1", null, Scan);

        Assert.Equal(RawFailure.None, text.Failure);
        Assert.Equal(string.Concat(parts), text.Result);
        Assert.Equal("advise", Vocabulary.Decisions[scan.Result.Decision]);
        Assert.Equal(1, client.ConnectionsOpened);
    }

    [Fact]
    public async Task ConnectionCloseAnswer_IsRead_AndTheNextRequestOpensANewConnection()
    {
        await using var server = await Kestrel.StartAsync(async http =>
        {
            http.Response.Headers.Connection = "close";
            http.Response.StatusCode = 201;
            await http.Response.WriteAsync("""{"id":"j1"}""");
        });
        using var client = NewClient(server.BaseUri, TimeSpan.FromSeconds(5));
        var uri = new Uri(server.BaseUri, "api/jobs");

        var first = await client.SendAsync(HttpMethod.Post, uri, "c1", "{}"u8.ToArray(), AsText);
        var second = await client.SendAsync(HttpMethod.Post, uri, "c1", "{}"u8.ToArray(), AsText);

        Assert.Equal((201, """{"id":"j1"}""", RawFailure.None), (first.Status, first.Result, first.Failure));
        Assert.Equal((201, """{"id":"j1"}""", RawFailure.None), (second.Status, second.Result, second.Failure));
        Assert.Equal(2, client.ConnectionsOpened);
    }

    [Fact]
    public async Task ConnectionAbortedMidAnswer_IsATransportFailure_AndTheClientGoesOn()
    {
        await using var server = await Kestrel.StartAsync(async http =>
        {
            if (http.Request.Path == "/broken")
            {
                http.Response.StatusCode = 201;
                http.Response.ContentLength = 1000;
                await http.Response.Body.WriteAsync("""{"id":"#"""u8.ToArray());
                await http.Response.Body.FlushAsync();
                http.Abort();
                return;
            }

            http.Response.StatusCode = 200;
            await http.Response.WriteAsync("{}");
        });
        using var client = NewClient(server.BaseUri, TimeSpan.FromSeconds(5));

        var broken = await client.SendAsync(HttpMethod.Post, new Uri(server.BaseUri, "broken"), "w1", "{}"u8.ToArray(), AsText);
        var next = await client.SendAsync(HttpMethod.Post, new Uri(server.BaseUri, "fine"), "w1", "{}"u8.ToArray(), AsText);

        Assert.Equal(0, broken.Status);
        Assert.Contains(broken.Failure, new[] { RawFailure.ResponseEnded, RawFailure.ConnectionError });
        Assert.Equal("transport: " + broken.Failure, RawRequestSender.Describe(broken.Failure));
        Assert.Equal((200, "{}", RawFailure.None), (next.Status, next.Result, next.Failure));
    }

    [Theory]
    [InlineData(409, "contract.stage_passed")]
    [InlineData(400, "message.text_required")]
    [InlineData(500, "internal")]
    public async Task ProblemAnswer_GivesItsStatusAndCode(int status, string code)
    {
        await using var server = await Kestrel.StartAsync(async http =>
        {
            http.Response.StatusCode = status;
            http.Response.ContentType = "application/problem+json";
            await http.Response.WriteAsync($$"""{"type":"about:blank","title":"refused","status":{{status}},"detail":"理由","code":"{{code}}"}""");
        });
        using var client = NewClient(server.BaseUri, TimeSpan.FromSeconds(5));

        var answer = await client.SendAsync(HttpMethod.Post, new Uri(server.BaseUri, "api/contracts/c1/messages"), "w1", "{}"u8.ToArray(), Scan);

        Assert.Equal(RawFailure.None, answer.Failure);
        Assert.Equal(status, answer.Status);
        Assert.Equal(code, answer.Result.ProblemCode);
    }

    [Fact]
    public async Task SlowAnswer_TimesOut_WithinTheTimeOut_AndDoesNotBlockTheNext()
    {
        await using var server = await Kestrel.StartAsync(async http =>
        {
            if (http.Request.Path == "/slow")
            {
                await Task.Delay(TimeSpan.FromSeconds(5), http.RequestAborted).ContinueWith(_ => { });
            }

            http.Response.StatusCode = 200;
            await http.Response.WriteAsync("{}");
        });
        using var client = NewClient(server.BaseUri, TimeSpan.FromMilliseconds(300));

        var clock = Stopwatch.StartNew();
        var slow = await client.SendAsync(HttpMethod.Get, new Uri(server.BaseUri, "slow"), null, null, AsText);
        var took = clock.Elapsed;
        var next = await client.SendAsync(HttpMethod.Get, new Uri(server.BaseUri, "fast"), null, null, AsText);

        Assert.Equal((0, RawFailure.Timeout), (slow.Status, slow.Failure));
        Assert.InRange(took.TotalMilliseconds, 250, 2_000);
        Assert.Equal((200, RawFailure.None), (next.Status, next.Failure));
    }

    [Fact]
    public async Task KeptAliveConnectionTheServerClosedWhileIdle_IsRetriedOnANewOne()
    {
        await using var server = await Kestrel.StartAsync(async http =>
        {
            http.Response.StatusCode = 201;
            await http.Response.WriteAsync("{}");
        }, k => k.Limits.KeepAliveTimeout = TimeSpan.FromMilliseconds(500));
        using var client = NewClient(server.BaseUri, TimeSpan.FromSeconds(5));
        var uri = new Uri(server.BaseUri, "api/jobs");

        var first = await client.SendAsync(HttpMethod.Post, uri, "c1", "{}"u8.ToArray(), AsText);
        await Task.Delay(TimeSpan.FromSeconds(3)); // Kestrel's heartbeat (1 s) closes the idle connection
        var second = await client.SendAsync(HttpMethod.Post, uri, "c1", "{}"u8.ToArray(), AsText);

        Assert.Equal((201, RawFailure.None), (first.Status, first.Failure));
        Assert.Equal((201, RawFailure.None), (second.Status, second.Failure));
        Assert.Equal(2, client.ConnectionsOpened);
    }

    [Fact]
    public async Task ManyAtOnce_BeyondTheConnectionLimit_WaitForAConnection()
    {
        var open = 0;
        var most = 0;
        await using var server = await Kestrel.StartAsync(async http =>
        {
            var now = Interlocked.Increment(ref open);
            InterlockedMax(ref most, now);
            await Task.Delay(20);
            Interlocked.Decrement(ref open);
            http.Response.StatusCode = 201;
            await http.Response.WriteAsync("{}");
        });
        using var client = new RawHttpClient(server.BaseUri, [], maxConnections: 4, TimeSpan.FromSeconds(10), CancellationToken.None);
        var uri = new Uri(server.BaseUri, "api/jobs");

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => client.SendAsync(HttpMethod.Post, uri, $"c{i}", "{}"u8.ToArray(), AsText).AsTask()));

        Assert.All(answers, a => Assert.Equal((201, RawFailure.None), (a.Status, a.Failure)));
        Assert.InRange(most, 1, 4);
        Assert.InRange(client.ConnectionsOpened, 1, 4);
    }

    [Fact]
    public async Task Abort_EndsTheExchangesInFlight_AsCancelled()
    {
        await using var server = await Kestrel.StartAsync(async http =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), http.RequestAborted).ContinueWith(_ => { });
            http.Response.StatusCode = 200;
        });
        using var abort = new CancellationTokenSource();
        using var client = new RawHttpClient(server.BaseUri, [], 8, TimeSpan.FromSeconds(30), abort.Token);

        var pending = client.SendAsync(HttpMethod.Get, new Uri(server.BaseUri, "x"), null, null, AsText).AsTask();
        await Task.Delay(200);
        await abort.CancelAsync();
        var answer = await pending.WaitAsync(TimeSpan.FromSeconds(3));

        Assert.Equal((0, RawFailure.Cancelled), (answer.Status, answer.Failure));
        Assert.Equal("cancelled at the end of the run", RawRequestSender.Describe(answer.Failure));
    }

    [Fact]
    public async Task NothingListening_IsAConnectionError()
    {
        var port = Kestrel.FreePort();
        using var client = NewClient(new Uri($"http://127.0.0.1:{port}/"), TimeSpan.FromSeconds(5));

        var answer = await client.SendAsync(HttpMethod.Get, new Uri($"http://127.0.0.1:{port}/x"), null, null, AsText);

        Assert.Equal((0, RawFailure.ConnectionError), (answer.Status, answer.Failure));
    }

    [Theory]
    [InlineData("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 42\r\n\r\n", 201, 42L, false, true)]
    [InlineData("HTTP/1.1 200 OK\r\ntransfer-encoding: gzip, Chunked\r\nContent-Length: 7\r\n\r\n", 200, null, true, true)]
    [InlineData("HTTP/1.1 409 Conflict\r\nConnection: keep-alive, Close\r\n\r\n", 409, null, false, false)]
    [InlineData("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n", 200, 2L, false, false)]
    [InlineData("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\n", 200, 2L, false, true)]
    [InlineData("HTTP/1.1 204\r\n\r\n", 204, null, false, true)]
    public void ResponseHead_ReadsStatusLengthCodingAndConnection(string head, int status, long? length, bool chunked, bool keepAlive)
    {
        Assert.True(ResponseHead.TryParse(Encoding.ASCII.GetBytes(head), out var parsed));
        Assert.Equal(new ResponseHead(status, length, chunked, keepAlive), parsed);
    }

    [Theory]
    [InlineData("HTTP/2 200 OK\r\n\r\n")]
    [InlineData("HTTP/1.1 2x0 OK\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nno colon\r\n\r\n")]
    public void ResponseHead_RefusesWhatItCannotRead(string head) =>
        Assert.False(ResponseHead.TryParse(Encoding.ASCII.GetBytes(head), out _));

    [Theory]
    [InlineData("1a\r\n", 4, 26L)]
    [InlineData("FF;name=value\r\n", 15, 255L)]
    [InlineData("0\r\n\r\n", 3, 0L)]
    [InlineData("1a", 0, 0L)]
    [InlineData("\r\n", -1, 0L)]
    [InlineData("zz\r\n", -1, 0L)]
    [InlineData("10000000000000000\r\n", -1, 0L)]
    public void ChunkSizeLine(string text, int lineLength, long size)
    {
        Assert.Equal(lineLength, ChunkedBody.SizeLine(Encoding.ASCII.GetBytes(text), out var read));
        if (lineLength > 0)
        {
            Assert.Equal(size, read);
        }
    }

    private static RawHttpClient NewClient(Uri target, TimeSpan timeout) =>
        new(target, [("X-Api-Key", "k1"), ("Accept", "application/json")], 16, timeout, CancellationToken.None);

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    /// <summary>A Kestrel on 127.0.0.1 (a free port) answering every request with <c>answer</c>.</summary>
    private sealed class Kestrel : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private Kestrel(WebApplication app, Uri baseUri)
        {
            _app = app;
            BaseUri = baseUri;
        }

        public Uri BaseUri { get; }

        public static async Task<Kestrel> StartAsync(RequestDelegate answer, Action<KestrelServerOptions>? configure = null)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k =>
            {
                k.Listen(IPAddress.Loopback, 0);
                configure?.Invoke(k);
            });
            var app = builder.Build();
            app.Run(answer);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Kestrel(app, new Uri(address.TrimEnd('/') + "/"));
        }

        public static int FreePort()
        {
            using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
