using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Postgres;
using Npgsql;

namespace ChatworkGuard.Tests.Archive.Postgres;

/// <summary>The store contract against a real PostgreSQL server, one fresh schema per test.</summary>
[RequiresPostgres]
public sealed class PostgresArchiveStoreTests : ArchiveStoreContractTests
{
    private readonly string _schema = "cwg_test_" + Guid.NewGuid().ToString("N");

    private string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresTestEnvironment.ConnectionString) { SearchPath = _schema }.ToString();

    protected override async Task CreateArchiveAsync()
    {
        if (PostgresTestEnvironment.ConnectionString is null)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(PostgresTestEnvironment.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override IArchiveStore CreateStore() => new PostgresArchiveStore(new PostgresArchiveStoreOptions { ConnectionString = ConnectionString });

    protected override async Task DeleteArchiveAsync()
    {
        if (PostgresTestEnvironment.ConnectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresTestEnvironment.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task ExecuteSqlAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name.TrimStart('@'), value ?? DBNull.Value);
        }

        await command.ExecuteNonQueryAsync();
    }

    protected override async Task<string> ExplainAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using (var discourage = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await discourage.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand("EXPLAIN " + sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name.TrimStart('@'), value ?? DBNull.Value);
        }

        var plan = new System.Text.StringBuilder();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.AppendLine(reader.GetString(0));
        }

        return plan.ToString();
    }

    protected override Task DisableAppendOnlyGuardsAsync() => ExecuteSqlAsync(
        "ALTER TABLE archive_records DISABLE TRIGGER USER; ALTER TABLE archive_chain_heads DISABLE TRIGGER USER;");

    [PostgresFact]
    public async Task RawTruncate_OnRecords_IsRefusedByTheDatabase()
    {
        await Store.AppendBatchAsync(Drafts.Messages(5, 3), CancellationToken.None);

        await Assert.ThrowsAsync<PostgresException>(() => ExecuteSqlAsync("TRUNCATE archive_records"));
    }
}
