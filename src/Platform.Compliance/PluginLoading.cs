using System.Reflection;
using McMaster.NETCore.Plugins;
using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>Loads one plugin folder into its own load context and validates what it provides.</summary>
internal static class PluginLoading
{
    private static readonly Type[] SharedTypes = [typeof(IComplianceCheck)];

    public static PluginLoadResult TryLoad(
        string pluginName,
        string directory,
        PluginManifest manifest,
        string shadowDirectory,
        DateTimeOffset now,
        Func<string, CheckMode?> savedMode,
        bool unloadable)
    {
        var assemblyPath = Path.Combine(directory, pluginName + ".dll");
        if (!File.Exists(assemblyPath))
        {
            return PluginLoadResult.Rejected(new("plugin.dll_missing", $"プラグインではありません：フォルダーに {pluginName}.dll がありません", $"not a plugin: {pluginName}.dll is missing from the folder"));
        }

        var contractError = ContractInspector.Check(assemblyPath);
        if (contractError is not null)
        {
            return PluginLoadResult.Rejected(contractError);
        }

        PluginLoader? loader = null;
        try
        {
            // Shadow copy: the plugin runs from a private copy, so its folder can be overwritten or deleted at any time
            // without touching mapped files, and the plugin still finds its own files beside Assembly.Location.
            CopyDirectory(directory, shadowDirectory);
            loader = PluginLoader.CreateFromAssemblyFile(
                Path.Combine(shadowDirectory, pluginName + ".dll"),
                isUnloadable: unloadable,
                sharedTypes: SharedTypes,
                configure: config =>
                {
                    config.PreferSharedTypes = false;
                });
            var assembly = loader.LoadDefaultAssembly();
            if (MissingDependency(loader, assembly, shadowDirectory) is { } missing)
            {
                loader.Dispose();
                return PluginLoadResult.Rejected(missing);
            }

            var info = new LoadedPluginInfo(pluginName, assemblyPath, assembly.GetName().Version?.ToString() ?? "", now);
            var checks = CreateChecks(assembly, info, savedMode, out var error);
            if (checks is null)
            {
                loader.Dispose();
                return PluginLoadResult.Rejected(error!);
            }

            return new PluginLoadResult(new LoadedPlugin(info, manifest, loader, shadowDirectory, checks), null);
        }
        catch (Exception ex)
        {
            loader?.Dispose();
            return PluginLoadResult.Rejected(new("plugin.load_failed", $"読み込み中に例外が起きました：{Describe(ex)}", $"threw on load: {Describe(ex)}"));
        }
    }

    /// <summary>
    /// Resolves every assembly the plugin references, and those its own assemblies reference in turn, as its first runs
    /// would: a package whose dependency is neither shipped nor part of .NET is rejected at load, like a wrong contract,
    /// instead of loading and then failing on every run. Null when everything resolves.
    /// </summary>
    private static PluginRefusal? MissingDependency(PluginLoader loader, Assembly main, string shadowDirectory)
    {
        var own = Path.GetFullPath(shadowDirectory) + Path.DirectorySeparatorChar;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { main.GetName().Name! };
        var queue = new Queue<Assembly>([main]);
        while (queue.TryDequeue(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (reference.Name is null || !seen.Add(reference.Name))
                {
                    continue;
                }

                Assembly dependency;
                try
                {
                    dependency = loader.LoadAssembly(reference);
                }
                catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
                {
                    return new(
                        "plugin.missing_dependency",
                        $"依存するアセンブリがありません：{assembly.GetName().Name} が使う {reference.Name} {reference.Version} はパッケージにも .NET にもありません（{ex.GetType().Name}）",
                        $"missing dependency: {assembly.GetName().Name} needs {reference.Name} {reference.Version}, which is neither in the package nor part of .NET ({ex.GetType().Name})");
                }

                if (dependency.Location.StartsWith(own, StringComparison.Ordinal))
                {
                    queue.Enqueue(dependency);
                }
            }
        }

        return null;
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }

    internal static string Describe(Exception ex)
    {
        var inner = ex is TargetInvocationException { InnerException: { } e } ? e : ex;
        return $"{inner.GetType().FullName}: {inner.Message}";
    }

    private static LoadedCheck[]? CreateChecks(
        Assembly assembly,
        LoadedPluginInfo info,
        Func<string, CheckMode?> savedMode,
        out PluginRefusal? error)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            var first = ex.LoaderExceptions.FirstOrDefault(e => e is not null);
            error = new(
                "plugin.types_unloadable",
                $"型を読み込めません（依存するアセンブリが足りない可能性があります）：{first?.Message ?? ex.Message}",
                $"types could not be loaded (missing dependency?): {first?.Message ?? ex.Message}");
            return null;
        }

        var checkTypes = types
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IComplianceCheck).IsAssignableFrom(t))
            .ToArray();
        if (checkTypes.Length == 0)
        {
            var unshared = types.Any(t => t.GetInterfaces().Any(i => i.FullName == typeof(IComplianceCheck).FullName));
            error = unshared
                ? new(
                    "plugin.contract_not_shared",
                    "契約を共有していません：別の IComplianceCheck を実装しています（パッケージに Platform.Compliance.Abstractions.dll が入っていませんか）",
                    "contract not shared: a type implements another copy of IComplianceCheck (does the package ship Platform.Compliance.Abstractions.dll?)")
                : new("plugin.no_check", "プラグインではありません：IComplianceCheck を実装するクラスがありません", "not a plugin: no class implements IComplianceCheck");
            return null;
        }

        var checks = new List<LoadedCheck>(checkTypes.Length);
        foreach (var type in checkTypes)
        {
            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                error = new("check.no_constructor", $"{type.FullName} に引数のない public コンストラクターがありません", $"{type.FullName} has no public parameterless constructor");
                return null;
            }

            IComplianceCheck instance;
            CheckInfo checkInfo;
            try
            {
                instance = (IComplianceCheck)Activator.CreateInstance(type)!;
            }
            catch (Exception ex)
            {
                error = new("check.constructor_failed", $"{type.FullName} のコンストラクターで例外が起きました：{Describe(ex)}", $"constructor of {type.FullName} threw {Describe(ex)}");
                return null;
            }

            try
            {
                checkInfo = instance.Info;
            }
            catch (Exception ex)
            {
                error = new("check.info_failed", $"{type.FullName}.Info で例外が起きました：{Describe(ex)}", $"{type.FullName}.Info threw {Describe(ex)}");
                return null;
            }

            error = Validate(checkInfo, type);
            if (error is not null)
            {
                return null;
            }

            if (checks.Exists(c => c.Name == checkInfo.Name))
            {
                error = new("check.name_twice", $"「{checkInfo.Name}」という名前のチェックが二つあります", $"two checks are named '{checkInfo.Name}'");
                return null;
            }

            checks.Add(new LoadedCheck(instance, checkInfo, info, savedMode(checkInfo.Name) ?? checkInfo.DefaultMode));
        }

        error = null;
        return [.. checks];
    }

    private static PluginRefusal? Validate(CheckInfo? info, Type type)
    {
        if (info is null)
        {
            return new("check.info_missing", $"{type.FullName}.Info が null を返しました", $"{type.FullName}.Info returned null");
        }

        if (string.IsNullOrWhiteSpace(info.Name) || string.IsNullOrWhiteSpace(info.Version))
        {
            return new("check.info_missing", $"{type.FullName}.Info の名前か版が空です", $"{type.FullName}.Info has an empty name or version");
        }

        if (info.Subscribes is null || info.Subscribes.Count == 0)
        {
            return new("check.no_subscription", $"チェック「{info.Name}」はどの変更も購読していません", $"check '{info.Name}' subscribes to no change kind");
        }

        if (info.Timeout is { } t && (t <= TimeSpan.Zero || t > TimeSpan.FromSeconds(30)))
        {
            return new("check.timeout_out_of_range", $"チェック「{info.Name}」の制限時間 {t} が 0 より長く 30 秒以下の範囲にありません", $"check '{info.Name}' has a time limit outside (0, 30 s]: {t}");
        }

        return null;
    }
}
