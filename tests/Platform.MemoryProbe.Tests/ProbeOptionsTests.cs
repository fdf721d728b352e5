using Platform.MemoryProbe;

namespace Platform.MemoryProbe.Tests;

public sealed class ProbeOptionsTests
{
    [Fact]
    public void Parse_Total_SplitsHalfUsersQuarterJobsQuarterContracts()
    {
        var options = ProbeOptions.Parse(["--total", "1_000_000"]);

        Assert.Equal((500_000, 250_000, 250_000), (options.Users, options.Jobs, options.Contracts));
        Assert.Equal(1_000_000, options.Total);
    }

    [Fact]
    public void Parse_OddTotal_PutsTheRemainderInContracts()
    {
        var options = ProbeOptions.Parse(["--total", "7"]);

        Assert.Equal((3, 1, 3), (options.Users, options.Jobs, options.Contracts));
    }

    [Fact]
    public void Parse_KindsAndSettings_AreTakenAsGiven()
    {
        var options = ProbeOptions.Parse(["--jobs", "100,000", "--pool", "500", "--parallel", "8", "--no-plugins", "--hold", "30", "--no-directory-cache"]);

        Assert.Equal((0, 100_000, 0), (options.Users, options.Jobs, options.Contracts));
        Assert.Equal((500, 8, 30), (options.Pool, options.Parallel, options.HoldSeconds));
        Assert.True(options.NoPlugins);
        Assert.True(options.NoDirectoryCache);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--users")]
    [InlineData("--users -5")]
    [InlineData("--users many")]
    [InlineData("--users 10 --bogus")]
    [InlineData("--users 10 --parallel 0")]
    public void Parse_BadCommandLine_ThrowsArgumentException(string commandLine) =>
        Assert.Throws<ArgumentException>(() => ProbeOptions.Parse(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    [Fact]
    public void Parse_Help_NeedsNoCounts() => Assert.True(ProbeOptions.Parse(["--help"]).Help);
}
