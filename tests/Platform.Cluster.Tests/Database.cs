using System.Globalization;
using Npgsql;

namespace Platform.Cluster.Tests;

/// <summary>Direct SQL for assertions the HTTP API cannot make (membership rows, reminder rows).</summary>
internal static class Database
{
    public static async Task<long> ScalarAsync(string connectionString, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
