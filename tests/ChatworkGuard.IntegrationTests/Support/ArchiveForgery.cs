using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Chain;
using ChatworkGuard.Archive.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.IntegrationTests.Support;

/// <summary>What someone holding the SQLite file can do that the chain alone does not reveal.</summary>
internal static class ArchiveForgery
{
    /// <summary>
    /// The forgery a hash chain alone cannot catch: changes a record's body, drops the triggers, recomputes every later
    /// hash and moves the stored head to the new last hash, so the chain is internally consistent again.
    /// </summary>
    public static async Task RehashAsync(string databasePath, long roomId, long sequence, string body)
    {
        var records = new List<ArchiveRecord>();
        await using (var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={databasePath}", ReadOnly = true }))
        {
            await foreach (var record in store.ReadRoomAsync(roomId, 1, CancellationToken.None))
            {
                records.Add(record);
            }
        }

        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using (var drop = connection.CreateCommand())
        {
            drop.CommandText = "DROP TRIGGER IF EXISTS archive_records_refuse_update; DROP TRIGGER IF EXISTS archive_chain_heads_forward_only;";
            await drop.ExecuteNonQueryAsync();
        }

        var previous = records[(int)sequence - 2].Hash;
        foreach (var original in records.Where(r => r.Sequence >= sequence))
        {
            var changed = original with { Body = original.Sequence == sequence ? body : original.Body, PreviousHash = previous };
            var hash = HashChain.ComputeHash(previous, changed);
            await using var update = connection.CreateCommand();
            update.CommandText = "UPDATE archive_records SET body = $body, prev_hash = $prev, hash = $hash WHERE room_id = $room AND seq = $seq";
            update.Parameters.AddWithValue("$body", (object?)changed.Body ?? DBNull.Value);
            update.Parameters.AddWithValue("$prev", previous.ToArray());
            update.Parameters.AddWithValue("$hash", hash.ToArray());
            update.Parameters.AddWithValue("$room", roomId);
            update.Parameters.AddWithValue("$seq", changed.Sequence);
            await update.ExecuteNonQueryAsync();
            previous = hash;
        }

        await using var head = connection.CreateCommand();
        head.CommandText = "UPDATE archive_chain_heads SET hash = $hash WHERE room_id = $room";
        head.Parameters.AddWithValue("$hash", previous.ToArray());
        head.Parameters.AddWithValue("$room", roomId);
        await head.ExecuteNonQueryAsync();
    }
}
