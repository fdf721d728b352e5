using System.Globalization;
using Npgsql;

namespace Platform.Testing.Postgres;

/// <summary>Direct SQL for assertions a test cannot make through the API (membership, reminder and state rows).</summary>
public static class Database
{
    public static async Task<long> ScalarAsync(string connectionString, string sql, params object[] parameters) =>
        Convert.ToInt64(await RunAsync(connectionString, sql, parameters, c => c.ExecuteScalarAsync()), CultureInfo.InvariantCulture);

    public static Task ExecuteAsync(string connectionString, string sql, params object[] parameters) =>
        RunAsync(connectionString, sql, parameters, c => c.ExecuteNonQueryAsync());

    public static async Task<IReadOnlyList<string>> ColumnAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    // One statement with positional parameters ($1, $2…) on a connection of its own.
    private static async Task<T> RunAsync<T>(string connectionString, string sql, object[] parameters, Func<NpgsqlCommand, Task<T>> run)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await run(command);
    }
}
