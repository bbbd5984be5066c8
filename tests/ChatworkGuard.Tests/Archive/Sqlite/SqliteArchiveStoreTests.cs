using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.Tests.Archive.Sqlite;

/// <summary>The store contract against a real SQLite file in a temp directory.</summary>
public sealed partial class SqliteArchiveStoreTests : ArchiveStoreContractTests, IDisposable
{
    private readonly TempDirectory _directory = new();

    private string DatabasePath => _directory.File("guard.db");

    private string ConnectionString => $"Data Source={DatabasePath}";

    public void Dispose() => _directory.Dispose();

    protected override Task CreateArchiveAsync() => Task.CompletedTask;

    protected override IArchiveStore CreateStore() => new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = ConnectionString });

    protected override Task DeleteArchiveAsync()
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    protected override async Task ExecuteSqlAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = new SqliteConnection(ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        await command.ExecuteNonQueryAsync();
    }

    protected override async Task<string> ExplainAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = new SqliteConnection(ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var plan = new System.Text.StringBuilder();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.AppendLine(reader.GetString(3));
        }

        return plan.ToString();
    }

    protected override Task DisableAppendOnlyGuardsAsync() => ExecuteSqlAsync(
        "DROP TRIGGER archive_records_refuse_update; DROP TRIGGER archive_records_refuse_delete; " +
        "DROP TRIGGER archive_chain_heads_forward_only; DROP TRIGGER archive_chain_heads_refuse_delete;");
}
