using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Gateway.Catalog.Tests.Storage;

/// <summary>
/// A throwaway PostgreSQL cluster started from the installed binaries (initdb, pg_ctl) in a temporary
/// folder, on a free loopback port. PostgreSQL refuses to run as root, so as root the folder belongs to
/// the postgres user and the binaries run through runuser. Any failure to start throws: the tests fail, never skip.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _root;
    private readonly string _data;
    private readonly bool _asPostgresUser;

    private PostgresCluster(string root, int port, bool asPostgresUser)
    {
        _root = root;
        _data = Path.Combine(root, "data");
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=40;Timeout=30;Command Timeout=60";

    /// <summary>Creates a database, empty or a copy of <paramref name="template"/>, and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, string? template = null)
    {
        await using (var connection = new Npgsql.NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            var sql = template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}";
            await using var create = new Npgsql.NpgsqlCommand(sql, connection);
            await create.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public static async Task<PostgresCluster> StartAsync()
    {
        var asPostgresUser = Environment.IsPrivilegedProcess;
        var root = Path.Combine(Path.GetTempPath(), $"catalog-pg-{Guid.NewGuid():N}");
        var cluster = new PostgresCluster(root, FreePort(), asPostgresUser);
        try
        {
            if (asPostgresUser)
            {
                await cluster.RunAsync("mkdir", "-p", root);
            }
            else
            {
                Directory.CreateDirectory(root);
            }

            await cluster.RunAsync("initdb", "-D", cluster._data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync");
            await cluster.RunAsync(
                "pg_ctl", "-D", cluster._data, "-l", Path.Combine(root, "postgres.log"), "-w", "-t", "60",
                "-o", $"-p {cluster.Port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200",
                "start");
            return cluster;
        }
        catch (Exception error)
        {
            var log = Path.Combine(root, "postgres.log");
            var detail = File.Exists(log) ? await File.ReadAllTextAsync(log) : "";
            await cluster.DisposeAsync();
            throw new InvalidOperationException($"PostgreSQL did not start, so the storage tests cannot run: {error.Message}\n{detail}", error);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(_data, "postmaster.pid")))
        {
            try
            {
                await RunAsync("pg_ctl", "-D", _data, "-m", "immediate", "-w", "stop");
            }
            catch (InvalidOperationException)
            {
                // Already stopped; the folder goes anyway.
            }
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(_asPostgresUser ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (_asPostgresUser)
        {
            foreach (var argument in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {await error}{await output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
