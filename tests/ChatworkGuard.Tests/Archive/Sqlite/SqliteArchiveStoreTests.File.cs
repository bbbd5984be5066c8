using System.Text;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Sqlite;
using ChatworkGuard.Archive.Verification;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.Tests.Archive.Sqlite;

/// <summary>What only a file database has: pragmas, the schema version, opening errors, bytes on disk.</summary>
public sealed partial class SqliteArchiveStoreTests
{
    [Fact]
    public async Task InitializeAsync_NewFile_UsesWalAndRecordsTheLatestSchemaVersion()
    {
        await using var connection = new SqliteConnection(ConnectionString + ";Pooling=False");
        await connection.OpenAsync();

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal((long)SqliteMigrations.LatestVersion, await ScalarAsync(connection, "SELECT max(version) FROM archive_schema_migrations"));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM sync_cursors"));
    }

    [Fact]
    public async Task InitializeAsync_NewerSchemaVersion_IsRefusedWithTheFix()
    {
        await ExecuteSqlAsync("INSERT INTO archive_schema_migrations (version, name, applied_at_ms) VALUES (99, 'future', 0)");
        await using var store = CreateStore();

        var exception = await Assert.ThrowsAsync<ArchiveStoreException>(() => store.InitializeAsync(CancellationToken.None));

        Assert.Contains("schema version 99", exception.Message, StringComparison.Ordinal);
        Assert.Contains("newer version", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_ReadOnlyOnMissingFile_SaysThereIsNoArchiveAndCreatesNothing()
    {
        var missing = _directory.File("nowhere.db");
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={missing}", ReadOnly = true });

        var exception = await Assert.ThrowsAsync<ArchiveStoreException>(() => store.InitializeAsync(CancellationToken.None));

        Assert.Contains("There is no archive at", exception.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task InitializeAsync_ReadOnlyOnAFileThatIsNotADatabase_SaysSo()
    {
        var text = _directory.File("notes.db");
        await File.WriteAllTextAsync(text, new string('x', 4096));
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={text}", ReadOnly = true });

        var exception = await Assert.ThrowsAsync<ArchiveStoreException>(() => store.InitializeAsync(CancellationToken.None));

        Assert.Contains("not a SQLite database", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendAsync_FileLockedByAnotherWriter_FailsWithLockedMessageAndAddsNothing()
    {
        await using var blocker = new SqliteConnection(ConnectionString + ";Pooling=False");
        await blocker.OpenAsync();
        await using (var begin = blocker.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync();
        }

        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions
        {
            ConnectionString = ConnectionString,
            BusyTimeout = TimeSpan.FromMilliseconds(300),
        });
        var exception = await Assert.ThrowsAsync<ArchiveStoreException>(() => store.AppendAsync(Drafts.Message(1, 1), CancellationToken.None));

        Assert.Contains("locked by another process", exception.Message, StringComparison.Ordinal);
        await using (var rollback = blocker.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }

        Assert.Null(await Store.GetChainHeadAsync(1, CancellationToken.None));
    }

    [Fact]
    public async Task AppendAsync_OnReadOnlyStore_IsRefused()
    {
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = ConnectionString, ReadOnly = true });

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AppendAsync(Drafts.Message(1, 1), CancellationToken.None));
    }

    [Fact]
    public async Task Verify_OneByteFlippedInTheDatabaseFile_ReportsChanged()
    {
        await Store.AppendBatchAsync(
            [.. Drafts.Messages(5, 3), Drafts.Message(5, 4, "unique-marker: the price is 50000 yen"), .. Drafts.Messages(5, 3, start: 5)],
            CancellationToken.None);
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        await CheckpointAsync();

        // Edit the bytes on disk, as someone with a hex editor would: no SQL, no triggers involved.
        var bytes = await File.ReadAllBytesAsync(DatabasePath);
        var marker = Encoding.UTF8.GetBytes("50000 yen");
        var at = bytes.AsSpan().IndexOf(marker);
        Assert.True(at > 0, "the body must be stored as UTF-8 text in the file");
        bytes[at] = (byte)'9';
        await File.WriteAllBytesAsync(DatabasePath, bytes);

        await using var reader = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = ConnectionString, ReadOnly = true });
        var result = await ChainVerifier.VerifyRoomAsync(reader, 5, null, CancellationToken.None);

        Assert.Equal("unique-marker: the price is 90000 yen", (await ReadAllAsync(5, reader))[3].Body);
        Assert.Equal((ChainBreakKind.Changed, 4L), (result.Break?.Kind, result.Break?.Sequence ?? 0));
    }

    private async Task CheckpointAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await ScalarAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
