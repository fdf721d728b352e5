namespace Platform.Persistence.Postgres;

/// <summary>
/// What one <see cref="SchemaMigrator.ApplyAsync(string, Microsoft.Extensions.Logging.ILogger?, CancellationToken)"/> call did.
/// </summary>
/// <param name="AppliedVersions">The versions applied by this call, ascending; empty when the database was already current.</param>
/// <param name="CurrentVersion">The highest version recorded in <c>platform_schema_version</c> after the call (0 for none).</param>
public sealed record SchemaMigrationResult(IReadOnlyList<int> AppliedVersions, int CurrentVersion)
{
    /// <summary>Gets a value indicating whether the call changed the schema.</summary>
    public bool Changed => AppliedVersions.Count > 0;
}
