using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Abstractions.Common;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Users;
using Platform.Compliance;
using Platform.Compliance.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Platform.Gateway.Infrastructure;
using Platform.Text;

namespace Platform.Gateway.Staff;

/// <summary>The compliance team's endpoints: plugins (list, mode, deploy, removal, rejected folders) and the audit trail. Staff key required.</summary>
public static class StaffApi
{
    public const long MaxPackageBytes = 64L * 1024 * 1024;

    /// <summary>Where a package is deployed (<c>POST</c>): the one request that may carry up to <see cref="MaxPackageBytes"/>.</summary>
    public const string PackageRoute = "/api/staff/plugins";

    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder staff)
    {
        // Like a change or a scan, a plugin request waits for the host's first load of its plugins (Compliance:StartupWait),
        // then 503: before it the list is empty, and a check that is about to load would read as missing.
        var plugins = staff.MapGroup("/plugins").WithTags("Staff: plugins").AddEndpointFilter(WhenLoadedAsync);
        plugins.MapGet("/", (IPluginCatalog catalog) => Results.Ok(catalog.List())).WithSummary("Loaded checks with version, mode, load time and counters.");
        plugins.MapPut("/{name}/mode", SetModeAsync).WithSummary("Switch a check between enforce and shadow, without a restart.");
        plugins.MapPost("/", DeployAsync)
            .WithSummary("Deploy a plugin package: the zip of its publish folder as the body (application/zip), ?name=PluginName.");
        plugins.MapDelete("/{name}", RemoveAsync)
            .WithSummary("Remove a plugin (by its name, or the name of one of its checks) from every silo; the other plugins are untouched.");
        plugins.MapGet("/rejected", async (IPluginCatalog catalog, CancellationToken ct) => Results.Ok(await catalog.RejectionsAsync(ct)))
            .WithSummary("Plugin folders found but not loaded (wrong contract, missing dependency, …), with the reason and what keeps running.");

        staff.MapGet("/audit/{kind}/{id}", AuditAsync).WithTags("Staff: audit")
            .WithSummary("Every recorded compliance decision on a user, job or contract.");
        return staff;
    }

    // A TimeoutException is answered as for a change that arrives before the plugins: 503 service.unavailable with Retry-After.
    private static async ValueTask<object?> WhenLoadedAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var wait = services.GetRequiredService<IOptions<ComplianceOptions>>().Value.StartupWait;
        await services.GetRequiredService<IPluginCatalog>().Ready.WaitAsync(TimeSpan.FromMilliseconds(wait), context.HttpContext.RequestAborted);
        return await next(context);
    }

    private static async Task<IResult> SetModeAsync(string name, ModeRequest? body, IPluginCatalog catalog, IGrainFactory grains, CancellationToken ct)
    {
        if (Guard.Body(body) is { } missing)
        {
            return missing;
        }

        CheckMode? mode = body!.Mode switch
        {
            "enforce" => CheckMode.Enforce,
            "shadow" => CheckMode.Shadow,
            _ => null,
        };
        if (mode is null)
        {
            return ApiProblems.Invalid("mode", "mode は enforce か shadow を指定してください。", "plugin.unknown_mode");
        }

        if (catalog.List().All(p => p.Name != name))
        {
            // A plugin's name (what a deploy and a removal take) is loaded, though no check is called so: the mode is a check's.
            var checks = catalog.List().Where(p => p.PluginName == name).Select(p => p.Name).ToArray();
            return ApiProblems.Create(StatusCodes.Status404NotFound, "plugin.not_found", checks.Length > 0
                ? $"「{name}」はプラグインの名前です。モードはチェックごとに切り替えます。このプラグインのチェック：{string.Join("、", checks)}。"
                : $"チェック「{TextRules.Echo(name)}」は読み込まれていません。", "name");
        }

        // Kept for the cluster first: every other silo applies it at its next poll (PluginSettingsSync).
        var modeName = body.Mode!; // "enforce" or "shadow", as checked above
        await grains.GetGrain<IPluginSettingsGrain>(IPluginSettingsGrain.Key).SetModeAsync(name, modeName);

        // A removal (another staff member's, another silo's) may have taken the check away meanwhile: not loaded, as above,
        // rather than a 500. Modes are kept per check name, so the switch stands for the check's next deploy.
        return await catalog.TrySetModeAsync(name, mode.Value, ct) && catalog.List().FirstOrDefault(p => p.Name == name) is { } switched
            ? Results.Ok(switched)
            : ApiProblems.Create(StatusCodes.Status404NotFound, "plugin.not_found",
                $"チェック「{name}」は切り替えの間に取り外されたため、読み込まれていません。モード（{modeName}）は記録しました。再び配置されると、このモードで動きます。", "name");
    }

    private static async Task<IResult> DeployAsync(HttpContext http, IPluginCatalog catalog, IGrainFactory grains, CancellationToken ct)
    {
        var name = http.Request.Query["name"].ToString();
        // The catalog's rule (1-100 characters), the one a folder deploy and a removal follow, said in full.
        if (!PluginCatalog.IsWellFormedName(name))
        {
            return ApiProblems.Invalid("name", "name（プラグイン名：英数字・.・-・_ の 1～100 文字、先頭は英数字）を指定してください。", "plugin.name_required");
        }

        // A name the plugins folder already uses for something else (the catalog's modes.json, a stray file).
        if (catalog.NameProblem(name) is not null)
        {
            return ApiProblems.Invalid("name", $"プラグイン名「{name}」は使えません。プラグインフォルダーにある同じ名前のファイル（カタログの設定ファイル modes.json など）と重なります。", "plugin.name_reserved");
        }

        // Buffer the upload so a broken connection never leaves half a package behind.
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        if (!IsZip(http.Request.ContentType))
        {
            return ApiProblems.Create(
                StatusCodes.Status415UnsupportedMediaType,
                "request.content_type",
                $"プラグインは zip（Content-Type: application/zip）で送ってください（受け取った値：{(string.IsNullOrEmpty(http.Request.ContentType) ? "なし" : http.Request.ContentType)}）。",
                "Content-Type");
        }

        if (buffer.Length == 0)
        {
            return ApiProblems.Invalid("body", "プラグインの zip を本文として送ってください。", "plugin.empty_package");
        }

        buffer.Position = 0;
        var result = await catalog.DeployPackageAsync(name, buffer, ct);
        if (result.Succeeded)
        {
            // Stored for the cluster: every other silo fetches and deploys it at its next polls (PluginSettingsSync).
            await grains.GetGrain<IPluginSettingsGrain>(IPluginSettingsGrain.Key).StorePackageAsync(name, buffer.ToArray(), result.Checks);
        }

        return result.Succeeded
            ? Results.Ok(result)
            : ApiProblems.Create(StatusCodes.Status400BadRequest, "plugin.rejected", $"プラグインを受け付けられません：{result.Refusal!.Ja}。", "body");
    }

    private static async Task<IResult> RemoveAsync(string name, IPluginCatalog catalog, IGrainFactory grains, CancellationToken ct)
    {
        // A plugin's name, or the name of a check it provides (what the list and the mode switch show).
        var loaded = catalog.List();
        var plugin = PluginCatalog.IsWellFormedName(name) && (loaded.Any(c => c.PluginName == name) || catalog.FolderWrittenAt(name) is not null)
            ? name
            : loaded.FirstOrDefault(c => c.Name == name)?.PluginName;
        if (plugin is null)
        {
            return ApiProblems.Create(StatusCodes.Status404NotFound, "plugin.not_found", $"プラグイン「{TextRules.Echo(name)}」はありません。", "name");
        }

        string[] checks = [.. loaded.Where(c => c.PluginName == plugin).Select(c => $"{c.Name}@{c.Version}")];
        // Kept for the cluster first: every other silo removes it at its next polls (PluginSettingsSync), and no silo deploys
        // it again from an earlier deploy.
        await grains.GetGrain<IPluginSettingsGrain>(IPluginSettingsGrain.Key).RemovePackageAsync(plugin);
        await catalog.RemoveAsync(plugin, ct);
        return Results.Ok(new PluginRemoval(plugin, checks));
    }

    private static bool IsZip(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("application/zip", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Equals("application/x-zip-compressed", StringComparison.OrdinalIgnoreCase));

    private static async Task<IResult> AuditAsync(string kind, string id, IGrainFactory grains)
    {
        IAuditable? grain = kind switch
        {
            "users" or "user" => grains.Grain<IUserGrain>(id),
            "jobs" or "job" => grains.Grain<IJobGrain>(id),
            "contracts" or "contract" => grains.Grain<IContractGrain>(id),
            _ => null,
        };
        return grain is null
            ? ApiProblems.Create(StatusCodes.Status404NotFound, "audit.unknown_kind", $"「{TextRules.Echo(kind)}」の監査記録はありません（users / jobs / contracts）。", "kind")
            : Results.Ok(await grain.GetAuditAsync());
    }
}
