using System.Text.RegularExpressions;

namespace Platform.Compliance;

/// <summary>Package deploy: validate in a staging folder, then swap the plugin folder while no scan runs.</summary>
public sealed partial class PluginCatalog
{
    private string StagingRoot => Path.Combine(PluginsPath, ".staging");

    private string TrashRoot => Path.Combine(PluginsPath, ".trash");

    /// <summary>
    /// True when <paramref name="pluginName"/> is 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit
    /// (so never one of the catalog's work folders, which start with '.').
    /// </summary>
    public static bool IsWellFormedName(string? pluginName) => pluginName is not null && PluginNamePattern().IsMatch(pluginName);

    /// <inheritdoc />
    public PluginRefusal? NameProblem(string? pluginName)
    {
        if (!IsWellFormedName(pluginName))
        {
            return new(
                "plugin.name_malformed",
                "プラグイン名は英数字・.・_・- の 1～100 文字で、先頭は英数字にしてください",
                "plugin name must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }

        // The catalog's own files beside the plugin folders (modes.json, applied.json and the temporary files they are written through);
        // ignoring case, so that a copy of the folder on a case-insensitive file system cannot collide either.
        string[] own = [Path.GetFileName(_modes.FilePath), AppliedActions.FileName];
        if (own.Any(f => pluginName!.Equals(f, StringComparison.OrdinalIgnoreCase) || pluginName.Equals(f + ModeStore.TempSuffix, StringComparison.OrdinalIgnoreCase)))
        {
            return new("plugin.name_reserved", $"「{pluginName}」はプラグインフォルダーにあるカタログ自身のファイルの名前です", $"'{pluginName}' is the name of the catalog's own file in the plugins folder");
        }

        return File.Exists(Path.Combine(PluginsPath, pluginName!))
            ? new("plugin.name_reserved", $"プラグインフォルダーに「{pluginName}」という名前のファイルがあり、プラグインのフォルダーを置けません", $"a file named '{pluginName}' is in the plugins folder, where the plugin's folder would go")
            : null;
    }

    /// <inheritdoc />
    public async Task<PluginDeployResult> DeployPackageAsync(string pluginName, Stream zip, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(zip);
        if (NameProblem(pluginName) is { } badName)
        {
            return Rejected(pluginName ?? "", badName);
        }

        var staging = Path.Combine(StagingRoot, $"{pluginName}-{Guid.NewGuid():N}");
        try
        {
            var extractError = await PackageExtractor.ExtractAsync(zip, staging, _options.MaxPackageBytes, ct).ConfigureAwait(false);
            if (extractError is not null)
            {
                return Rejected(pluginName, extractError);
            }

            var packageRoot = PackageExtractor.FindPluginRoot(staging, pluginName);
            if (packageRoot is null)
            {
                return Rejected(pluginName, new("package.no_dll", $"パッケージの最上位に {pluginName}.dll がありません", $"the package has no {pluginName}.dll at its root"));
            }

            // Trial load from the staging folder: a package that would be rejected never replaces a working plugin.
            var trialShadow = Path.Combine(staging + ".trial");
            var trial = PluginLoading.TryLoad(pluginName, packageRoot, PluginManifest.Read(packageRoot)!, trialShadow, _timeProvider.GetUtcNow(), _modes.Get, _options.UnloadReplacedPlugins);
            if (trial.Plugin is null)
            {
                TryDeleteDirectory(trialShadow);
                return Rejected(pluginName, trial.Error!);
            }

            string[] checks = [.. trial.Plugin.Checks.Select(c => $"{c.Name}@{c.Version}")];
            string[] checkNames = [.. trial.Plugin.Checks.Select(c => c.Name)];
            trial.Plugin.Dispose();
            TryDeleteDirectory(trialShadow);

            await _scanLock.WaitAsync(ct).ConfigureAwait(false);
            string? trash = null;
            try
            {
                var clash = Registry.Checks.FirstOrDefault(c => c.Plugin.Name != pluginName && checkNames.Contains(c.Name));
                if (clash is not null)
                {
                    return Rejected(pluginName, CheckNameTaken(clash.Name, clash.Plugin.Name));
                }

                // Again under the lock: a file of that name may have appeared while the package was being validated.
                if (NameProblem(pluginName) is { } taken)
                {
                    return Rejected(pluginName, taken);
                }

                var target = Path.Combine(PluginsPath, pluginName);
                if (Directory.Exists(target))
                {
                    Directory.CreateDirectory(TrashRoot);
                    trash = Path.Combine(TrashRoot, $"{pluginName}-{Guid.NewGuid():N}");
                    Directory.Move(target, trash);
                }

                Directory.Move(packageRoot, target);
                ScanLocked(ScanKind.Deploy, pluginName);
                var loaded = Registry.FindPlugin(pluginName);
                if (loaded is null || !loaded.Manifest.Equals(PluginManifest.Read(target)))
                {
                    RollBack(target, trash);
                    trash = null;
                    return Rejected(pluginName, new(
                        "package.not_loaded",
                        "パッケージは検証に通りましたが、プラグインフォルダーから読み込めませんでした。前の版に戻しました。ログを確認してください",
                        "the package passed validation but did not load from the plugins folder; the previous version was restored; see the log"));
                }

                Log.PackageDeployed(_logger, pluginName, target);
                return new PluginDeployResult(true, pluginName, checks, null);
            }
            finally
            {
                _scanLock.Release();
                if (trash is not null)
                {
                    TryDeleteDirectory(trash);
                }
            }
        }
        finally
        {
            TryDeleteDirectory(staging);
        }
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAsync(string pluginName, CancellationToken ct)
    {
        if (!IsWellFormedName(pluginName))
        {
            return false;
        }

        await _scanLock.WaitAsync(ct).ConfigureAwait(false);
        string? trash = null;
        try
        {
            var target = Path.Combine(PluginsPath, pluginName);
            if (!Directory.Exists(target))
            {
                return false;
            }

            // Moved aside in one step, so no scan ever sees half a folder; then the plugin is unloaded like a deleted one.
            Directory.CreateDirectory(TrashRoot);
            trash = Path.Combine(TrashRoot, $"{pluginName}-{Guid.NewGuid():N}");
            Directory.Move(target, trash);
            ScanLocked(ScanKind.Deploy, pluginName);
            return true;
        }
        finally
        {
            _scanLock.Release();
            if (trash is not null)
            {
                TryDeleteDirectory(trash);
            }
        }
    }

    /// <inheritdoc />
    public DateTimeOffset? FolderWrittenAt(string pluginName)
    {
        var folder = Path.Combine(PluginsPath, pluginName);
        if (!IsWellFormedName(pluginName) || !Directory.Exists(folder))
        {
            return null;
        }

        try
        {
            var latest = Directory.GetLastWriteTimeUtc(folder);
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var written = File.GetLastWriteTimeUtc(file);
                latest = written > latest ? written : latest;
            }

            return new DateTimeOffset(latest, TimeSpan.Zero);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void RollBack(string target, string? previous)
    {
        var failed = Path.Combine(TrashRoot, $"failed-{Guid.NewGuid():N}");
        Directory.Move(target, failed);
        if (previous is not null)
        {
            Directory.Move(previous, target);
        }

        ScanLocked(ScanKind.Deploy, Path.GetFileName(target));
        TryDeleteDirectory(failed);
    }

    private PluginDeployResult Rejected(string pluginName, PluginRefusal reason)
    {
        Log.PackageRejected(_logger, pluginName, reason.En);
        return PluginDeployResult.Fail(pluginName, reason);
    }

    /// <summary>A check of the plugin has the name of a check another plugin (<paramref name="owner"/>) loaded already.</summary>
    internal static PluginRefusal CheckNameTaken(string check, string owner) => new(
        "check.name_taken",
        $"チェック名「{check}」はプラグイン {owner} がすでに使っています",
        $"check name '{check}' is already used by plugin {owner}");

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex PluginNamePattern();
}
