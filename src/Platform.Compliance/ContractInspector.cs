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
    public static string? Check(string assemblyPath)
    {
        try
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return "not a .NET assembly (no metadata)";
            }

            var reader = pe.GetMetadataReader();
            if (!reader.IsAssembly)
            {
                return "not a .NET assembly (a module without a manifest)";
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
                    return $"wrong contract: built against {ContractName} {reference.Version}, the host has {HostContractVersion} (major versions differ)";
                }

                return reference.Version.Minor <= HostContractVersion.Minor
                    ? null
                    : $"wrong contract: built against {ContractName} {reference.Version}, newer than the host's {HostContractVersion}; update the host first";
            }

            return $"not a plugin: it does not reference {ContractName}";
        }
        catch (BadImageFormatException ex)
        {
            return $"not a valid .NET assembly (corrupt or native): {ex.Message}";
        }
        catch (InvalidOperationException ex)
        {
            return $"not a valid .NET assembly: {ex.Message}";
        }
    }
}
