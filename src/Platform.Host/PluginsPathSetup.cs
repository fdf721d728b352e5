namespace Platform.Host;

/// <summary>
/// Resolves a relative <c>Compliance:PluginsPath</c> against the content root, so it means the same under <c>dotnet run</c>
/// and in a container. The folder is not created: one that does not exist refuses the start (a typo would otherwise run a
/// host that checks nothing), while an existing empty folder runs with no check, as the load tests' baseline does.
/// </summary>
public static class PluginsPathSetup
{
    public static WebApplicationBuilder ResolvePluginsPath(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["Compliance:PluginsPath"] ?? "plugins";
        if (!string.IsNullOrWhiteSpace(configured) && !Path.IsPathRooted(configured))
        {
            builder.Configuration["Compliance:PluginsPath"] = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, configured));
        }

        return builder;
    }
}
