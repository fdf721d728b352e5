using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.LoadTest.Http;
using Platform.LoadTest.Measurement;
using Platform.LoadTest.SelfTest;
using Platform.LoadTest.Traffic;

namespace Platform.LoadTest.Tests;

/// <summary>The lean client against real Kestrel servers on 127.0.0.1: what it sends, what it reads back, and its connections.</summary>
public sealed class RawHttpTransportTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Send_NullServer_ReadsStatusAndVerdictOfContentLengthAnswers()
    {
        await using var server = await NullServer.StartAsync();
        using var transport = new RawHttpTransport(server.BaseUri, 4, Timeout, "dev-api-key");

        // The null server blocks bodies whose length is a multiple of 7, and answers PUT with 200.
        var (blockedStatus, blocked) = await transport.SendAsync(Op(server.BaseUri, "api/contracts/c1/messages", HttpMethod.Post, new string('a', 7 * 20)), CancellationToken.None);
        var (editStatus, edited) = await transport.SendAsync(Op(server.BaseUri, "api/jobs/j1", HttpMethod.Put, new string('a', 7 * 20 + 1)), CancellationToken.None);

        Assert.Equal(201, blockedStatus);
        Assert.Equal(Vocabulary.Decisions.ToList().IndexOf("block"), blocked.Decision);
        Assert.NotEqual(0, blocked.CategoryMask);
        Assert.Equal(200, editStatus);
        Assert.Equal(Vocabulary.Decisions.ToList().IndexOf("allow"), edited.Decision);
    }

    [Fact]
    public async Task Send_ChunkedAnswersLargerThanTheBuffer_JoinsTheChunks()
    {
        await using var app = await ServerAsync(async http =>
        {
            // No Content-Length: Kestrel sends the body chunked, in several chunks.
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync("""{"notes":[""");
            for (var i = 0; i < 2_000; i++)
            {
                await http.Response.WriteAsync($"{(i == 0 ? "" : ",")}\"note {i} ありがとうございます\"");
                if (i % 500 == 0)
                {
                    await http.Response.Body.FlushAsync();
                }
            }

            await http.Response.WriteAsync("""],"verdict":{"decision":"hold","findings":[{"category":"off_platform_contact","decision":"hold"}]}}""");
        });
        using var transport = new RawHttpTransport(app.Uri, 1, Timeout, "k");

        var (status, scan) = await transport.SendAsync(Op(app.Uri, "api/x", HttpMethod.Get, null), CancellationToken.None);

        Assert.Equal(200, status);
        Assert.Equal(Vocabulary.Decisions.ToList().IndexOf("hold"), scan.Decision);
        Assert.Equal(1 << Vocabulary.Categories.ToList().IndexOf("off_platform_contact"), scan.CategoryMask);
    }

    [Fact]
    public async Task Send_ProblemAnswer_ReadsItsCode()
    {
        await using var app = await ServerAsync(http =>
        {
            http.Response.StatusCode = 409;
            http.Response.ContentType = "application/problem+json";
            return http.Response.WriteAsync("""{"title":"Conflict","status":409,"code":"contract.wrong_stage"}""");
        });
        using var transport = new RawHttpTransport(app.Uri, 1, Timeout, "k");

        var (status, scan) = await transport.SendAsync(Op(app.Uri, "api/contracts/c1/escrow", HttpMethod.Post, null), CancellationToken.None);

        Assert.Equal(409, status);
        Assert.Equal("contract.wrong_stage", scan.ProblemCode);
    }

    [Fact]
    public async Task Send_HeadersAndBody_ArriveAsAnHttpClientWouldSendThem()
    {
        var seen = new ConcurrentQueue<string>();
        await using var app = await ServerAsync(async http =>
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            seen.Enqueue($"{http.Request.Method} {http.Request.Path}{http.Request.QueryString} key={http.Request.Headers["X-Api-Key"]} user={http.Request.Headers["X-User-Id"]} type={http.Request.ContentType} length={http.Request.ContentLength} body={body}");
            http.Response.StatusCode = 201;
            http.Response.ContentLength = 2;
            await http.Response.WriteAsync("{}");
        });
        using var transport = new RawHttpTransport(app.Uri, 2, Timeout, "dev-api-key");

        await transport.SendAsync(Op(app.Uri, "api/jobs/j-1/proposals?x=1", HttpMethod.Post, """{"text":"よろしくお願いします"}"""), CancellationToken.None);
        await transport.SendAsync(Op(app.Uri, "api/contracts/c-1/payment", HttpMethod.Post, null), CancellationToken.None);

        var lines = seen.ToArray();
        Assert.Equal("""POST /api/jobs/j-1/proposals?x=1 key=dev-api-key user=u-7 type=application/json length=41 body={"text":"よろしくお願いします"}""", lines[0]);
        Assert.Equal("POST /api/contracts/c-1/payment key=dev-api-key user=u-7 type= length=0 body=", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public async Task Send_ManyRequestsOneAtATime_ReuseOneConnection()
    {
        var connections = new ConcurrentDictionary<string, int>();
        await using var app = await ServerAsync(http =>
        {
            connections.AddOrUpdate(http.Connection.Id, 1, (_, n) => n + 1);
            http.Response.ContentLength = 2;
            return http.Response.WriteAsync("{}");
        });
        using var transport = new RawHttpTransport(app.Uri, 8, Timeout, "k");

        for (var i = 0; i < 50; i++)
        {
            var (status, _) = await transport.SendAsync(Op(app.Uri, "api/x", HttpMethod.Post, "{}"), CancellationToken.None);
            Assert.Equal(200, status);
        }

        Assert.Equal(50, Assert.Single(connections).Value);
    }

    [Fact]
    public async Task Send_NothingListening_ThrowsSocketException()
    {
        var port = FreePort();
        var target = new Uri($"http://127.0.0.1:{port}/");
        using var transport = new RawHttpTransport(target, 1, Timeout, "k");

        var ex = await Assert.ThrowsAsync<SocketException>(() => transport.SendAsync(Op(target, "api/x", HttpMethod.Get, null), CancellationToken.None));

        Assert.Equal(SocketError.ConnectionRefused, ex.SocketErrorCode);
    }

    [Fact]
    public async Task Send_ServerSlowerThanTheTimeout_CancelsAndTheNextRequestStillWorks()
    {
        var calls = 0;
        await using var app = await ServerAsync(async http =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(5), http.RequestAborted);
            }

            http.Response.ContentLength = 2;
            await http.Response.WriteAsync("{}");
        });
        using var transport = new RawHttpTransport(app.Uri, 1, TimeSpan.FromMilliseconds(300), "k");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transport.SendAsync(Op(app.Uri, "api/slow", HttpMethod.Get, null), CancellationToken.None));
        var (status, _) = await transport.SendAsync(Op(app.Uri, "api/fast", HttpMethod.Get, null), CancellationToken.None);

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task Send_ConnectionIdleLongerThanTheTimeout_StillServesTheNextRequest()
    {
        await using var app = await ServerAsync(http =>
        {
            http.Response.ContentLength = 2;
            return http.Response.WriteAsync("{}");
        });
        using var transport = new RawHttpTransport(app.Uri, 1, TimeSpan.FromMilliseconds(200), "k");

        var (first, _) = await transport.SendAsync(Op(app.Uri, "api/x", HttpMethod.Get, null), CancellationToken.None);
        await Task.Delay(600);
        var (second, _) = await transport.SendAsync(Op(app.Uri, "api/x", HttpMethod.Get, null), CancellationToken.None);

        Assert.Equal(200, first);
        Assert.Equal(200, second);
    }

    [Fact]
    public async Task Send_AnswerSaysConnectionClose_NextRequestOpensANewConnection()
    {
        var connections = new ConcurrentDictionary<string, int>();
        await using var app = await ServerAsync(http =>
        {
            connections.AddOrUpdate(http.Connection.Id, 1, (_, n) => n + 1);
            http.Response.Headers.Connection = "close";
            http.Response.ContentLength = 2;
            return http.Response.WriteAsync("{}");
        });
        using var transport = new RawHttpTransport(app.Uri, 1, Timeout, "k");

        for (var i = 0; i < 3; i++)
        {
            var (status, _) = await transport.SendAsync(Op(app.Uri, "api/x", HttpMethod.Get, null), CancellationToken.None);
            Assert.Equal(200, status);
        }

        Assert.Equal(3, connections.Count);
    }

    private static Operation Op(Uri baseUri, string path, HttpMethod method, string? body) =>
        new(OpKind.ContractMessage, method, new Uri(baseUri, path), "u-7", body is null ? null : Encoding.UTF8.GetBytes(body), -1);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<TestServer> ServerAsync(RequestDelegate answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(answer);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    private sealed record TestServer(WebApplication App, Uri Uri) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
