using System.Data.Common;
using Microsoft.Extensions.Options;
using Platform.Compliance;
using Platform.Gateway;
using Platform.Grains;

namespace Platform.Host;

/// <summary>Builds the whole application: silo, grains, compliance and gateway on one web host.</summary>
public static class PlatformApp
{
    /// <summary>Exit code of a start refused for a setting (named on standard error).</summary>
    public const int InvalidSettings = 2;

    /// <summary>Exit code of a host that failed to start or stopped on an error for another reason (a port in use, PostgreSQL unreachable).</summary>
    public const int Failed = 1;

    /// <summary>
    /// Builds the host from arguments and configuration; <paramref name="configure"/> lets tests replace services (e.g. the clock).
    /// The settings are checked here, before anything starts: a wrong one throws <see cref="InvalidSettingException"/> or
    /// <see cref="OptionsValidationException"/> naming it.
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.CheckUrls().ResolvePluginsPath().AddPlatformSilo();
        builder.Services.AddPlatformGrains();
        builder.Services.AddCompliance(builder.Configuration);
        builder.Services.AddGateway(builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Services.GetService<IStartupValidator>()?.Validate();
        app.MapGateway();
        app.LogStartup();
        return app;
    }

    /// <summary>
    /// The host's whole life, as <c>Program</c> runs it: builds and runs it until it stops, and returns the process's exit
    /// code. A refused start prints one line naming the setting to <paramref name="error"/> and returns
    /// <see cref="InvalidSettings"/>; a start or run that fails otherwise prints one line and returns <see cref="Failed"/>.
    /// Never an unhandled exception, which aborts the process (exit 134, maybe a core dump) after a stack trace.
    /// </summary>
    public static int Run(string[] args, TextWriter error)
    {
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (Exception ex)
        {
            // Nothing has started yet: whatever stops the build is in the configuration.
            error.WriteLine($"error: {OneLine(ex)}. The host did not start.");
            return InvalidSettings;
        }

        var lifetime = app.Lifetime;
        try
        {
            Start(app);
            app.WaitForShutdown();
            return 0;
        }
        catch (Exception ex)
        {
            var what = ex is DbException
                ? $"PostgreSQL (ConnectionStrings:{SiloSetup.ConnectionStringName} or {SiloSetup.ConnectionStringVariable}) failed: {OneLine(ex)}"
                : IsBindFailure(ex) ? $"Urls (--urls, ASPNETCORE_URLS): {OneLine(ex)}" : OneLine(ex);
            error.WriteLine($"error: {what}. {(lifetime.ApplicationStarted.IsCancellationRequested ? "The host stopped." : "The host did not start.")}");
            return Failed;
        }
        finally
        {
            ((IDisposable)app).Dispose();
        }
    }

    /// <summary>
    /// Starts the host; a start that fails part-way (Kestrel cannot listen once the silo is up) stops what had started
    /// before the exception goes on. <c>app.Run()</c> disposed the services with the silo still running: it was torn down
    /// mid-stop, each of its parts logging a stack trace (a disposed service provider, a cancelled background service).
    /// </summary>
    private static void Start(WebApplication app)
    {
        try
        {
            app.StartAsync().GetAwaiter().GetResult();
        }
        catch
        {
            using var stopping = new CancellationTokenSource(StopOnFailedStart);
            try
            {
                app.StopAsync(stopping.Token).GetAwaiter().GetResult();
            }
            catch (Exception)
            {
                // The start's failure is the one to report; a stop that fails as well adds nothing to it.
            }

            throw;
        }
    }

    private static readonly TimeSpan StopOnFailedStart = TimeSpan.FromSeconds(30);

    // Kestrel's refusal of an address it cannot listen on (in use, not this machine's): an IOException "Failed to bind to
    // address …" over the socket's error, which names neither the setting nor that it is one.
    private static bool IsBindFailure(Exception ex) =>
        ex is IOException && ex.Message.StartsWith("Failed to bind to address", StringComparison.Ordinal)
        || ex is AggregateException all && all.Flatten().InnerExceptions.Any(IsBindFailure);

    private static string OneLine(Exception ex)
    {
        if (ex is AggregateException all)
        {
            return string.Join("; ", all.Flatten().InnerExceptions.Select(OneLine));
        }

        var innermost = ex.GetBaseException();
        var message = innermost == ex || ex.Message.Contains(innermost.Message, StringComparison.Ordinal)
            ? Sentence(ex.Message)
            : $"{Sentence(ex.Message)} ({Sentence(innermost.Message)})";
        return message.ReplaceLineEndings(" ");
    }

    private static string Sentence(string message) => message.TrimEnd('.', ' ', '\n', '\r');
}
