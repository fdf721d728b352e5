using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Platform.Compliance.Abstractions;

namespace Platform.Compliance;

/// <summary>Reads a candidate plugin's metadata without loading it: is it .NET, and which contract version was it built against.</summary>
internal static class ContractInspector
{
    private static readonly string ContractName = typeof(IComplianceCheck).Assembly.GetName().Name!;

    public static Version HostContractVersion { get; } = typeof(IComplianceCheck).Assembly.GetName().Version!;

    /// <summary>Null when the assembly may be loaded; otherwise why not.</summary>
    public static PluginRefusal? Check(string assemblyPath)
    {
        try
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return new("assembly.not_dotnet", ".NET のアセンブリではありません（メタデータがありません）", "not a .NET assembly (no metadata)");
            }

            var reader = pe.GetMetadataReader();
            if (!reader.IsAssembly)
            {
                return new("assembly.not_dotnet", ".NET のアセンブリではありません（マニフェストのないモジュールです）", "not a .NET assembly (a module without a manifest)");
            }

            foreach (var handle in reader.AssemblyReferences)
            {
                var reference = reader.GetAssemblyReference(handle);
                if (!reader.StringComparer.Equals(reference.Name, ContractName))
                {
                    continue;
                }

                if (reference.Version.Major != HostContractVersion.Major)
                {
                    return new(
                        "contract.major_differs",
                        $"契約の版が合いません：{ContractName} {reference.Version} でビルドされていますが、ホストは {HostContractVersion} です（メジャーバージョンが違います）",
                        $"wrong contract: built against {ContractName} {reference.Version}, the host has {HostContractVersion} (major versions differ)");
                }

                return reference.Version.Minor <= HostContractVersion.Minor
                    ? null
                    : new(
                        "contract.newer_than_host",
                        $"契約の版が合いません：{ContractName} {reference.Version} でビルドされており、ホストの {HostContractVersion} より新しい版です。先にホストを更新してください",
                        $"wrong contract: built against {ContractName} {reference.Version}, newer than the host's {HostContractVersion}; update the host first");
            }

            return new("plugin.no_contract", $"プラグインではありません：{ContractName} を参照していません", $"not a plugin: it does not reference {ContractName}");
        }
        catch (BadImageFormatException ex)
        {
            return new("assembly.invalid", $".NET のアセンブリとして読めません（壊れているか、ネイティブのファイルです）：{ex.Message}", $"not a valid .NET assembly (corrupt or native): {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            return new("assembly.invalid", $".NET のアセンブリとして読めません：{ex.Message}", $"not a valid .NET assembly: {ex.Message}");
        }
    }
}
