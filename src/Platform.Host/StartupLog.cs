using Microsoft.Extensions.Options;
using Platform.Gateway.Infrastructure;

namespace Platform.Host;

/// <summary>Tells the operator where the gateway listens, which storage is in use and, in development, which keys to send.</summary>
public static class StartupLog
{
    public static void LogStartup(this WebApplication app)
    {
        // Checked when the host was built (the gateway's options validator): at least one key of each kind.
        var options = app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Host");
            log.LogInformation("Gateway listening on {Urls}; storage: {Storage}", string.Join(", ", app.Urls), app.Configuration["Orleans:Storage"]);
            if (app.Environment.IsDevelopment())
            {
                log.LogInformation("Development keys: X-Api-Key: {ApiKey}  X-Staff-Key: {StaffKey}", options.ApiKeys[0], options.StaffKeys[0]);
            }
        });
    }
}
