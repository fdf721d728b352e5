using System.Reflection;

namespace Platform.Architecture.Tests;

/// <summary>Dependencies point inwards: these fail the build's tests when a module boundary is crossed.</summary>
public sealed class BoundaryTests
{
    private static readonly string[] OrleansOrIo = ["Orleans", "Microsoft.AspNetCore", "Npgsql", "McMaster"];

    [Theory]
    [InlineData("Platform.Domain")]
    [InlineData("Platform.Compliance.Abstractions")]
    public void PureAssemblies_ReferenceNoFrameworkForHostingOrIo(string assembly)
    {
        var references = Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.DoesNotContain(references, r => OrleansOrIo.Any(r.StartsWith));
    }

    [Fact]
    public void ComplianceEngine_DoesNotReferenceOrleans()
    {
        var references = Assembly.Load("Platform.Compliance").GetReferencedAssemblies().Select(a => a.Name!);
        Assert.DoesNotContain(references, r => r.StartsWith("Orleans"));
    }

    [Fact]
    public void Gateway_TalksOnlyToGrainInterfaces()
    {
        var references = Assembly.Load("Platform.Gateway").GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.DoesNotContain("Platform.Grains", references);
        Assert.DoesNotContain("Platform.Host", references);
        Assert.DoesNotContain("Platform.Domain", references);
    }

    [Fact]
    public void NothingReferencesTheHost()
    {
        var host = Path.Combine(Repository.Root, "src", "Platform.Host", "Platform.Host.csproj");
        var offenders = Repository.Projects("src").Concat(Repository.Projects("plugins"))
            .Where(p => Repository.ProjectReferences(p).Any(r => r.Path == host));
        Assert.Empty(offenders);
    }

    [Fact]
    public void SourceProjects_NeverReferencePlugins()
    {
        var plugins = Path.Combine(Repository.Root, "plugins") + Path.DirectorySeparatorChar;
        var offenders = Repository.Projects("src")
            .SelectMany(p => Repository.ProjectReferences(p).Where(r => r.Path.StartsWith(plugins)).Select(r => $"{p} -> {r.Path}"));
        Assert.Empty(offenders);
    }

    [Fact]
    public void Plugins_ReferenceOnlyThePluginContractAndSharedCheckLibraries_WithoutCopyingTheContract()
    {
        var contract = Path.Combine(Repository.Root, "src", "Platform.Compliance.Abstractions", "Platform.Compliance.Abstractions.csproj");
        var plugins = Path.Combine(Repository.Root, "plugins") + Path.DirectorySeparatorChar;
        foreach (var project in Repository.Projects("plugins"))
        {
            Assert.DoesNotContain(Repository.PackageReferences(project), p => p.StartsWith("Microsoft.Orleans"));
            foreach (var (path, element) in Repository.ProjectReferences(project))
            {
                if (path == contract)
                {
                    Assert.Equal("false", Repository.Metadata(element, "Private"), ignoreCase: true);
                    Assert.Equal("runtime", Repository.Metadata(element, "ExcludeAssets"), ignoreCase: true);
                }
                else
                {
                    Assert.True(path.StartsWith(plugins), $"{project} references {path}: plugins may reference only the plugin contract and libraries in plugins/");
                }
            }
        }
    }
}
