using System.IO.Compression;
using Platform.Compliance.Abstractions;

namespace Platform.Compliance.Tests;

public sealed class DeployPackageTests
{
    private static readonly string V1 = CatalogHarness.FixtureFolder("Good-v1", "FixtureCheck");
    private static readonly string V2 = CatalogHarness.FixtureFolder("Good-v2", "FixtureCheck");

    [Fact]
    public async Task DeployPackageAsync_ValidZip_LoadsAndDecides()
    {
        await using var h = CatalogHarness.Create();
        await h.StartAsync();
        using var zip = CatalogHarness.Zip(V1);

        var result = await h.Catalog.DeployPackageAsync("FixtureCheck", zip, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["fixture@1.0.0"], result.Checks);
        Assert.True(File.Exists(Path.Combine(h.PluginsPath, "FixtureCheck", "FixtureCheck.dll")));
        Assert.Equal(Decision.Block, (await h.EvaluateAsync("forbidden")).Decision);
    }

    [Fact]
    public async Task DeployPackageAsync_NewVersion_ReplacesRunningVersion()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        await h.StartAsync();
        using var zip = CatalogHarness.Zip(V2);

        var result = await h.Catalog.DeployPackageAsync("FixtureCheck", zip, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(Decision.Hold, (await h.EvaluateAsync("forbidden")).Decision);
        Assert.Empty(Directory.GetDirectories(h.PluginsPath, ".trash*").SelectMany(d => Directory.GetDirectories(d)));
    }

    [Fact]
    public async Task DeployPackageAsync_WrongContract_RejectedAndPreviousKeepsRunning()
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        await h.StartAsync();
        using var zip = CatalogHarness.Zip(CatalogHarness.FixtureFolder("WrongContract-v3", "FixtureCheck"));

        var result = await h.Catalog.DeployPackageAsync("FixtureCheck", zip, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("wrong contract", result.Error);
        Assert.Equal("contract.major_differs", result.Refusal!.Code);
        Assert.StartsWith("契約の版が合いません：Platform.Compliance.Abstractions ", result.Refusal.Ja, StringComparison.Ordinal);
        Assert.Equal(Decision.Block, (await h.EvaluateAsync("forbidden")).Decision);
        Assert.True(File.Exists(Path.Combine(h.PluginsPath, "FixtureCheck", "FixtureCheck.dll")));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData(".hidden")]
    [InlineData("")]
    public async Task DeployPackageAsync_BadName_Rejected(string name)
    {
        await using var h = CatalogHarness.Create();
        await h.StartAsync();
        using var zip = CatalogHarness.Zip(V1);

        var result = await h.Catalog.DeployPackageAsync(name, zip, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("modes.json")]
    [InlineData("Modes.JSON")]
    [InlineData("modes.json.tmp")]
    public async Task DeployPackageAsync_NameOfTheCatalogsOwnFile_RefusedAndNothingChanged(string name)
    {
        await using var h = CatalogHarness.Create();
        h.Deploy(V1, "FixtureCheck");
        await h.StartAsync();
        Assert.True(await h.Catalog.TrySetModeAsync("fixture", CheckMode.Shadow, CancellationToken.None)); // writes modes.json
        var modes = Path.Combine(h.PluginsPath, "modes.json");
        var before = File.ReadAllText(modes);
        // A real plugin of that name (modes.json.dll), which would load if its name were free.
        using var zip = CatalogHarness.Zip(CatalogHarness.FixtureFolder("ModesJson-v1", "modes.json"));

        var result = await h.Catalog.DeployPackageAsync(name, zip, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("the catalog's own file", result.Error);
        Assert.NotNull(h.Catalog.NameProblem(name));
        Assert.Equal(before, File.ReadAllText(modes));
        Assert.False(Directory.Exists(Path.Combine(h.PluginsPath, name)));
        var status = Assert.Single(h.Catalog.List());
        Assert.Equal(("fixture", CheckMode.Shadow), (status.Name, status.Mode));
    }

    [Fact]
    public async Task DeployPackageAsync_FileOfThatNameInThePluginsFolder_RefusedAndFileKept()
    {
        await using var h = CatalogHarness.Create();
        await h.StartAsync();
        var file = Path.Combine(h.PluginsPath, "FixtureCheck");
        File.WriteAllText(file, "operator's notes");
        using var zip = CatalogHarness.Zip(V1);

        var result = await h.Catalog.DeployPackageAsync("FixtureCheck", zip, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("a file named 'FixtureCheck'", result.Error);
        Assert.Equal("operator's notes", File.ReadAllText(file));
        Assert.Empty(h.Catalog.List());
    }

    [Theory]
    [InlineData(".staging")]
    [InlineData(".shadow")]
    [InlineData(".trash")]
    [InlineData(".hidden")]
    [InlineData("../escape")]
    [InlineData("")]
    public async Task NameProblem_WorkFolderOrMalformedName_Refused(string name)
    {
        await using var h = CatalogHarness.Create();

        Assert.False(PluginCatalog.IsWellFormedName(name));
        Assert.NotNull(h.Catalog.NameProblem(name));
        Assert.Null(h.Catalog.NameProblem("FixtureCheck"));
    }

    [Fact]
    public async Task DeployPackageAsync_EntryOutsidePackage_Rejected()
    {
        await using var h = CatalogHarness.Create();
        await h.StartAsync();
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("../../evil.txt").Open());
            writer.Write("x");
        }

        zip.Position = 0;
        var result = await h.Catalog.DeployPackageAsync("Evil", zip, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("outside the package", result.Error);
    }
}
