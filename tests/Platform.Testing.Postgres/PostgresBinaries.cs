using System.Globalization;

namespace Platform.Testing.Postgres;

/// <summary>Locates the PostgreSQL server binaries (<c>initdb</c>, <c>pg_ctl</c>).</summary>
public static class PostgresBinaries
{
    /// <summary>The environment variable that, when set, names the directory holding <c>initdb</c> and <c>pg_ctl</c>.</summary>
    public const string BinDirectoryVariable = "PG_BIN";

    /// <summary>
    /// Finds the binaries: <c>$PG_BIN</c> if set, else the newest <c>/usr/lib/postgresql/N/bin</c> (Debian's
    /// layout), else the first <c>initdb</c> on <c>PATH</c>.
    /// </summary>
    /// <returns>The directory that holds <c>initdb</c> and <c>pg_ctl</c>.</returns>
    /// <exception cref="InvalidOperationException">No PostgreSQL installation was found.</exception>
    public static string FindBinDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(BinDirectoryVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return HasServerBinaries(fromEnvironment)
                ? fromEnvironment
                : throw new InvalidOperationException($"{BinDirectoryVariable}={fromEnvironment} has no initdb/pg_ctl.");
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.EnumerateDirectories(debianRoot)
                .Select(dir => (Dir: Path.Combine(dir, "bin"), Version: ParseVersion(Path.GetFileName(dir))))
                .Where(candidate => HasServerBinaries(candidate.Dir))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Dir)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasServerBinaries);
        return onPath ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found: install Debian's 'postgresql' package (see .ci/postgres.sh) " +
            $"or set {BinDirectoryVariable}.");
    }

    private static bool HasServerBinaries(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));

    private static double ParseVersion(string name) =>
        double.TryParse(name, NumberStyles.Float, CultureInfo.InvariantCulture, out var version) ? version : 0;
}
