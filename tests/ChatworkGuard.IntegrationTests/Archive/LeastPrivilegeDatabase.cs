using Npgsql;

namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>A fresh database owned by a fresh owner role, and a fresh runtime role that owns nothing, all with random
/// names on the test server; the database and both roles are dropped on dispose.</summary>
internal sealed class LeastPrivilegeDatabase : IAsyncDisposable
{
    // Under the test server's trust authentication the passwords are not checked; they are here so the tests can
    // show they never appear in output.
    public const string OwnerPassword = "owner-pw-7f3a91";
    public const string RuntimePassword = "runtime-pw-2c8e44";

    private readonly string _server;

    private LeastPrivilegeDatabase(string server, string suffix)
    {
        _server = server;
        Name = "cwg_lp_" + suffix;
        OwnerRole = "cwg_owner_" + suffix;
        RuntimeRole = "cwg_runtime_" + suffix;
        OwnerConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name, Username = OwnerRole, Password = OwnerPassword }.ConnectionString;
        RuntimeConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name, Username = RuntimeRole, Password = RuntimePassword }.ConnectionString;
    }

    public string Name { get; }

    public string OwnerRole { get; }

    public string RuntimeRole { get; }

    public string OwnerConnectionString { get; }

    public string RuntimeConnectionString { get; }

    public static async Task<LeastPrivilegeDatabase> CreateAsync()
    {
        var server = PostgresTestEnvironment.ConnectionString ?? throw new InvalidOperationException(PostgresTestEnvironment.Variable + " is not set.");
        var database = new LeastPrivilegeDatabase(server, Guid.NewGuid().ToString("N")[..16]);
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        foreach (var sql in new[]
        {
            $"CREATE ROLE {database.OwnerRole} LOGIN PASSWORD '{OwnerPassword}'",
            $"CREATE ROLE {database.RuntimeRole} LOGIN PASSWORD '{RuntimePassword}'",
            // As an operator would: the owner role owns the database (and, PostgreSQL 15+, may create in its public schema).
            $"CREATE DATABASE {database.Name} OWNER {database.OwnerRole}",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }

        // Before PostgreSQL 15 every role may create tables in public; the README's init SQL takes that away too.
        await using var inside = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = database.Name }.ConnectionString);
        await inside.OpenAsync();
        await using (var revoke = new NpgsqlCommand("REVOKE CREATE ON SCHEMA public FROM PUBLIC", inside))
        {
            await revoke.ExecuteNonQueryAsync();
        }

        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", $"DROP ROLE IF EXISTS {RuntimeRole}", $"DROP ROLE IF EXISTS {OwnerRole}" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
