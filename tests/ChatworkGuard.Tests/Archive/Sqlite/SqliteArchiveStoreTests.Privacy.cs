using ChatworkGuard.Archive.Export;
using ChatworkGuard.Archive.Sqlite;
using ChatworkGuard.Archive.Verification;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.Tests.Archive.Sqlite;

/// <summary>Owner-only files, and INSERT OR REPLACE, which SQLite runs without the delete trigger by default.</summary>
public sealed partial class SqliteArchiveStoreTests
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerFolder = OwnerFile | UnixFileMode.UserExecute;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task ANewArchiveAndItsWalAreOwnerOnlyInAnOwnerOnlyFolder_AndSoIsAnExport()
    {
        var folder = _directory.File("private");
        var path = Path.Combine(folder, "guard.db");
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={path}" });
        await store.AppendAsync(Drafts.Message(1, 1), CancellationToken.None);
        var export = Path.Combine(folder, "evidence");

        await ArchiveExporter.ExportRoomAsync(store, 1, export, new ExportOptions { ToolVersion = "test" }, CancellationToken.None);

        Assert.Equal(OwnerFolder, File.GetUnixFileMode(folder));
        Assert.Equal(OwnerFolder, File.GetUnixFileMode(export));
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Concat(Directory.GetFiles(export)))
        {
            Assert.True(File.Exists(file), file);
            Assert.Equal(OwnerFile, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task InsertOrReplaceOverAnArchivedSeq_IsRefusedEvenWithoutRecursiveTriggers()
    {
        await using (var store = CreateStore())
        {
            await store.AppendBatchAsync(Drafts.Messages(1, 3), CancellationToken.None);
        }

        await using var connection = new SqliteConnection(ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        var error = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(connection,
            "INSERT OR REPLACE INTO archive_records SELECT room_id, seq, kind, message_id, account_id, account_name, 'forged', send_time, update_time, observed_at_ms, source, details, idempotency_key, prev_hash, hash FROM archive_records WHERE room_id = 1 AND seq = 2"));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal("message 2", await ScalarAsync(connection, "SELECT body FROM archive_records WHERE room_id = 1 AND seq = 2"));
    }

    [Fact]
    public async Task InsertOrReplaceOverAnIdempotencyKey_IsRefusedOnTheBotsConnectionsAndVerifyCatchesItElsewhere()
    {
        await using (var store = CreateStore())
        {
            await store.AppendBatchAsync(Drafts.Messages(1, 3), CancellationToken.None);
        }

        // A new seq but the key of record 2: REPLACE would delete record 2 to make room.
        const string replace = "INSERT OR REPLACE INTO archive_records SELECT room_id, 4, kind, message_id, account_id, account_name, body, send_time, update_time, observed_at_ms, source, details, idempotency_key, prev_hash, hash FROM archive_records WHERE room_id = 1 AND seq = 2";
        await using (var guarded = new SqliteConnection(ConnectionString + ";Pooling=False"))
        {
            await guarded.OpenAsync();
            await ExecuteAsync(guarded, "PRAGMA recursive_triggers = ON");
            await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(guarded, replace));
        }

        await using (var plain = new SqliteConnection(ConnectionString + ";Pooling=False"))
        {
            await plain.OpenAsync();
            await ExecuteAsync(plain, replace);
        }

        await using var reader = CreateStore();
        var result = await ChainVerifier.VerifyRoomAsync(reader, 1, null, CancellationToken.None);
        Assert.False(result.IsIntact);
        Assert.Equal(2, result.Break!.Sequence);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
