namespace Platform.Persistence.Postgres;

/// <summary>
/// One versioned schema script, embedded in this assembly as <c>Migrations/NNNN_name.sql</c>.
/// </summary>
/// <param name="Version">The version the script brings the database to; versions are applied in ascending order.</param>
/// <param name="Name">The descriptive part of the file name, e.g. <c>orleans_main</c>.</param>
/// <param name="Sql">The script text (line endings normalised to LF).</param>
/// <param name="Checksum">Lower-case hex SHA-256 of <paramref name="Sql"/>; recorded when applied so that an edited, already-applied script is detected.</param>
public sealed record SchemaMigration(int Version, string Name, string Sql, string Checksum);
