using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Platform.Testing.Postgres;

/// <summary>
/// A private, throw-away PostgreSQL server: its own data directory under the temp folder, listening only on
/// 127.0.0.1 at a free port (and a Unix socket inside its directory), with trust authentication for the
/// <c>postgres</c> role. It can be stopped and started again on the same directory and port to simulate a
/// database outage; disposing it stops it and deletes everything it wrote.
/// </summary>
/// <remarks>
/// Needs Debian's <c>postgresql</c> package (see <c>.ci/postgres.sh</c>) or <c>PG_BIN</c>. When the tests run
/// as root the server commands run as the <c>postgres</c> OS user (override with <c>PG_OS_USER</c>), because
/// <c>initdb</c> and <c>postgres</c> refuse to run as root. Durability is switched off (<c>fsync=off</c>) unless asked for:
/// a crash of the test machine loses nothing anyone needs.
/// </remarks>
public sealed class PostgresServer : IAsyncDisposable
{
    /// <summary>The database created at start-up that <see cref="ConnectionString"/> points to.</summary>
    public const string DefaultDatabase = "platform_test";

    private readonly string _binDirectory;
    private readonly string? _runAsUser;
    private readonly string _dataDirectory;
    private readonly string _logFile;
    private bool _disposed;

    private PostgresServer(string binDirectory, string? runAsUser, string rootDirectory, int port)
    {
        _binDirectory = binDirectory;
        _runAsUser = runAsUser;
        RootDirectory = rootDirectory;
        Port = port;
        _dataDirectory = Path.Combine(rootDirectory, "data");
        _logFile = Path.Combine(rootDirectory, "postgres.log");
    }

    /// <summary>Gets the temp directory holding the data directory, the socket and the server log.</summary>
    public string RootDirectory { get; }

    /// <summary>Gets the TCP port the server listens on at 127.0.0.1; it does not change across restarts.</summary>
    public int Port { get; }

    /// <summary>Gets a value indicating whether the server is currently started.</summary>
    public bool IsRunning { get; private set; }

    /// <summary>Gets the connection string for <see cref="DefaultDatabase"/>.</summary>
    public string ConnectionString => GetConnectionString(DefaultDatabase);

    /// <summary>Gets the connection string for the <c>postgres</c> maintenance database.</summary>
    public string AdminConnectionString => GetConnectionString("postgres");

    /// <summary>Gets the server log's contents, for diagnostics in failing tests.</summary>
    public string ReadLog() => File.Exists(_logFile) ? File.ReadAllText(_logFile) : string.Empty;

    /// <summary>Creates, initialises and starts a new private server, and creates <see cref="DefaultDatabase"/>.</summary>
    /// <param name="cancellationToken">Cancels waiting for the server.</param>
    /// <returns>The running server.</returns>
    public static Task<PostgresServer> StartNewAsync(CancellationToken cancellationToken = default) =>
        StartNewAsync(durable: false, cancellationToken);

    /// <summary>
    /// As <see cref="StartNewAsync(CancellationToken)"/>; with <paramref name="durable"/> the server keeps PostgreSQL's
    /// durable defaults (<c>fsync</c>, <c>synchronous_commit</c> and <c>full_page_writes</c> on), for measurements of
    /// what a commit costs in production.
    /// </summary>
    /// <param name="durable">Keep durability on instead of the tests' <c>fsync=off</c>.</param>
    /// <param name="cancellationToken">Cancels waiting for the server.</param>
    /// <returns>The running server.</returns>
    public static async Task<PostgresServer> StartNewAsync(bool durable, CancellationToken cancellationToken = default)
    {
        var binDirectory = PostgresBinaries.FindBinDirectory();
        var runAsUser = Environment.IsPrivilegedProcess
            ? Environment.GetEnvironmentVariable("PG_OS_USER") ?? "postgres"
            : null;
        var root = Path.Combine(Path.GetTempPath(), "platform-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var server = new PostgresServer(binDirectory, runAsUser, root, FindFreePort());
        try
        {
            await server.InitializeAsync(durable);
            await server.StartAsync(cancellationToken);
            await server.CreateDatabaseAsync(DefaultDatabase, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Builds a connection string for a database on this server.</summary>
    /// <param name="database">The database name.</param>
    /// <returns>An Npgsql connection string over TCP to 127.0.0.1.</returns>
    public string GetConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = Port,
        Username = "postgres",
        Database = database,
        IncludeErrorDetail = true,
        // Test databases come and go: do not let idle pooled connections pile up against max_connections.
        ConnectionIdleLifetime = 5,
        ConnectionPruningInterval = 1,
        Timeout = 5,
    }.ConnectionString;

    /// <summary>Creates a database and returns its connection string.</summary>
    /// <param name="database">A name made of lower-case letters, digits and underscores.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new database's connection string.</returns>
    public async Task<string> CreateDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        if (database.Length == 0 || !database.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
        {
            throw new ArgumentException("Use lower-case letters, digits and underscores only.", nameof(database));
        }

        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE {database} ENCODING 'UTF8' TEMPLATE template0", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return GetConnectionString(database);
    }

    /// <summary>Starts the server (again) on the same data directory and port, and waits until it accepts connections.</summary>
    /// <param name="cancellationToken">Cancels waiting.</param>
    /// <returns>A task that completes when the server accepts connections.</returns>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (IsRunning)
        {
            return;
        }

        await ProcessRunner.RunAsync(_runAsUser, Tool("pg_ctl"), "-D", _dataDirectory, "-l", _logFile, "-w", "-t", "60", "start");
        IsRunning = true;
        await WaitUntilAcceptingAsync(cancellationToken);
    }

    /// <summary>Stops the server (fast shutdown: open sessions are disconnected) and clears Npgsql's pools.</summary>
    /// <returns>A task that completes when the server has exited.</returns>
    public async Task StopAsync()
    {
        if (!IsRunning)
        {
            return;
        }

        await ProcessRunner.RunAsync(_runAsUser, Tool("pg_ctl"), "-D", _dataDirectory, "-m", "fast", "-w", "-t", "60", "stop");
        IsRunning = false;
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Stops the server and deletes its directory.</summary>
    /// <returns>A task that completes when everything is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            if (IsRunning)
            {
                await ProcessRunner.RunAsync(_runAsUser, Tool("pg_ctl"), "-D", _dataDirectory, "-m", "immediate", "-w", "stop");
                IsRunning = false;
            }
        }
        finally
        {
            _disposed = true;
            NpgsqlConnection.ClearAllPools();
            TryDelete(RootDirectory);
        }
    }

    private async Task InitializeAsync(bool durable)
    {
        if (_runAsUser is not null)
        {
            await ProcessRunner.RunAsync(null, "chown", $"{_runAsUser}:", RootDirectory);
        }

        await ProcessRunner.RunAsync(
            _runAsUser, Tool("initdb"), "-D", _dataDirectory, "-A", "trust", "-U", "postgres",
            "--encoding=UTF8", "--no-locale", "--no-sync", "--no-instructions");

        // postgresql.conf is read again on every start, so the port and socket survive Stop/Start.
        var settings = $"""

            # Private test server (Platform.Testing.Postgres)
            port = {Port}
            listen_addresses = '127.0.0.1'
            unix_socket_directories = '{RootDirectory}'
            max_connections = 300
            fsync = {(durable ? "on" : "off")}
            synchronous_commit = {(durable ? "on" : "off")}
            full_page_writes = {(durable ? "on" : "off")}
            timezone = 'UTC'
            """;
        await File.AppendAllTextAsync(Path.Combine(_dataDirectory, "postgresql.conf"), settings);
    }

    private async Task WaitUntilAcceptingAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString + ";Pooling=false");
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or SocketException && DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private string Tool(string name) => Path.Combine(_binDirectory, name);

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory must not fail the test run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
