using Npgsql;

namespace ChatworkGuard.Archive.Postgres;

/// <summary>Sync and action cursors: one upsert per read; the forward-only condition makes concurrent instances safe.</summary>
public sealed partial class PostgresArchiveStore : ISyncCursorStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<long, SyncCursor>> LoadCursorsAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await RunAsync(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(ArchiveSql.SelectCursors, connection);
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
        if (_options.ReadOnly)
        {
            throw new InvalidOperationException("The PostgreSQL archive was opened read-only; sync cursors cannot be saved.");
        }

        await InitializeAsync(cancellationToken);
        await RunAsync(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(ArchiveSql.UpsertCursor, connection);
            command.Parameters.AddWithValue("room_id", cursor.RoomId);
            command.Parameters.AddWithValue("last_update_time", cursor.LastUpdateTime);
            command.Parameters.AddWithValue("message_num", cursor.MessageNum);
            command.Parameters.AddWithValue("read_at_ms", cursor.ReadAt.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync(cancellationToken);
        });
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<long, long>> LoadActionCursorsAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await RunAsync(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(ArchiveSql.SelectActionCursors, connection);
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
        if (_options.ReadOnly)
        {
            throw new InvalidOperationException("The PostgreSQL archive was opened read-only; action cursors cannot be saved.");
        }

        await InitializeAsync(cancellationToken);
        await RunAsync(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(ArchiveSql.UpsertActionCursor, connection);
            command.Parameters.AddWithValue("room_id", roomId);
            command.Parameters.AddWithValue("acted_seq", sequence);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        });
    }
}
