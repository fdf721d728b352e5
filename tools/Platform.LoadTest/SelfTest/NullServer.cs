using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.LoadTest.SelfTest;

/// <summary>
/// An in-process loopback server that answers every gateway route at once with a canned body: it takes the
/// server out of the picture so the self test measures what the generator alone can sustain.
/// </summary>
internal sealed class NullServer : IAsyncDisposable
{
    private static readonly byte[] Created = """{"id":"n1","status":"open","verdict":{"decision":"allow","findings":[]}}"""u8.ToArray();
    private static readonly byte[] Proposal = """{"id":"p1","status":"delivered","verdict":{"decision":"allow","findings":[]}}"""u8.ToArray();
    private static readonly byte[] Blocked = """{"id":"m1","status":"blocked","verdict":{"decision":"block","findings":[{"category":"off_platform_contact","decision":"block"}]}}"""u8.ToArray();

    private readonly WebApplication _app;

    private NullServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public static async Task<NullServer> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(Answer);
        var server = new NullServer(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task Answer(HttpContext http)
    {
        // Drain the body like a real endpoint would, then answer with a body shaped like the gateway's.
        await http.Request.Body.CopyToAsync(Stream.Null);
        var path = http.Request.Path.Value ?? "";
        if (HttpMethods.IsGet(http.Request.Method))
        {
            http.Response.ContentType = "application/json";
            await http.Response.Body.WriteAsync(path == "/api/staff/plugins" ? "[]"u8.ToArray() : "{}"u8.ToArray());
            return;
        }

        var body = path.EndsWith("/proposals", StringComparison.Ordinal) ? Proposal
            : http.Request.ContentLength % 7 == 0 ? Blocked : Created;
        http.Response.StatusCode = http.Request.Method == "PUT" ? 200 : 201;
        http.Response.ContentType = "application/json";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body);
    }
}
