namespace ChatworkGuard.Archive.Sqlite;

/// <summary>Sync and action cursors: one small upsert per read, under the appends' writer lock (SQLite has one writer).</summary>
public sealed partial class SqliteArchiveStore : ISyncCursorStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<long, SyncCursor>> LoadCursorsAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await RunAsync(async () =>
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = ArchiveSql.SelectCursors;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var cursors = new Dictionary<long, SyncCursor>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var cursor = new SyncCursor(
                    reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)));
                cursors[cursor.RoomId] = cursor;
            }

            return (IReadOnlyDictionary<long, SyncCursor>)cursors;
        });
    }

    /// <inheritdoc />
    public async Task SaveCursorAsync(SyncCursor cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        ThrowIfReadOnly();
        await InitializeAsync(cancellationToken);
        // The same in-process writer lock as appends: SQLite has one writer, and waiting here is cheaper than busy retries.
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await RunAsync(async () =>
            {
                await using var connection = await OpenConnectionAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = ArchiveSql.UpsertCursor;
                command.Parameters.AddWithValue("@room_id", cursor.RoomId);
                command.Parameters.AddWithValue("@last_update_time", cursor.LastUpdateTime);
                command.Parameters.AddWithValue("@message_num", cursor.MessageNum);
                command.Parameters.AddWithValue("@read_at_ms", cursor.ReadAt.ToUnixTimeMilliseconds());
                return await command.ExecuteNonQueryAsync(cancellationToken);
            });
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<long, long>> LoadActionCursorsAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await RunAsync(async () =>
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = ArchiveSql.SelectActionCursors;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var cursors = new Dictionary<long, long>();
            while (await reader.ReadAsync(cancellationToken))
            {
                cursors[reader.GetInt64(0)] = reader.GetInt64(1);
            }

            return (IReadOnlyDictionary<long, long>)cursors;
        });
    }

    /// <inheritdoc />
    public async Task SaveActionCursorAsync(long roomId, long sequence, CancellationToken cancellationToken)
    {
        ThrowIfReadOnly();
        await InitializeAsync(cancellationToken);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await RunAsync(async () =>
            {
                await using var connection = await OpenConnectionAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = ArchiveSql.UpsertActionCursor;
                command.Parameters.AddWithValue("@room_id", roomId);
                command.Parameters.AddWithValue("@acted_seq", sequence);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            });
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
