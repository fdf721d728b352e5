using System.Net;

namespace Platform.LoadTest.Http;

/// <summary>One shared HttpClient over SocketsHttpHandler, sized for open-loop load on loopback.</summary>
internal static class ClientFactory
{
    public static HttpClient Create(int connections, TimeSpan timeout, string apiKey)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            EnableMultipleHttp2Connections = true,
        };
        var client = new HttpClient(handler, disposeHandler: true)
        {
            Timeout = timeout,
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        client.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", apiKey);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "application/json");
        return client;
    }
}
