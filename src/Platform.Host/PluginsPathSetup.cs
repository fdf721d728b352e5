namespace Platform.Host;

/// <summary>Resolves a relative <c>Compliance:PluginsPath</c> against the content root, so it means the same under <c>dotnet run</c> and in a container.</summary>
public static class PluginsPathSetup
{
    public static WebApplicationBuilder ResolvePluginsPath(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["Compliance:PluginsPath"] ?? "plugins";
        if (!Path.IsPathRooted(configured))
        {
            builder.Configuration["Compliance:PluginsPath"] = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, configured));
        }

        Directory.CreateDirectory(builder.Configuration["Compliance:PluginsPath"]!);
        return builder;
    }
}
