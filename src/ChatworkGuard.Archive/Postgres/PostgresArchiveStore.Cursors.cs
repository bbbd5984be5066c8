using System.Data.Common;
using Npgsql;

namespace ChatworkGuard.Archive.Postgres;

/// <summary>Sync and action cursors: one upsert per read; the forward-only condition makes concurrent instances safe.</summary>
public sealed partial class PostgresArchiveStore : ISyncCursorStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<long, SyncCursor>> LoadCursorsAsync(CancellationToken cancellationToken) =>
        await LoadByRoomAsync(ArchiveSql.SelectCursors, ArchiveSql.ReadCursor, cancellationToken);

    /// <inheritdoc />
    public async Task SaveCursorAsync(SyncCursor cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        await UpsertAsync(ArchiveSql.UpsertCursor, command =>
        {
            command.Parameters.AddWithValue("room_id", cursor.RoomId);
            command.Parameters.AddWithValue("last_update_time", cursor.LastUpdateTime);
            command.Parameters.AddWithValue("message_num", cursor.MessageNum);
            command.Parameters.AddWithValue("read_at_ms", cursor.ReadAt.ToUnixTimeMilliseconds());
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<long, long>> LoadActionCursorsAsync(CancellationToken cancellationToken) =>
        await LoadByRoomAsync(ArchiveSql.SelectActionCursors, static reader => reader.GetInt64(1), cancellationToken);

    /// <inheritdoc />
    public Task SaveActionCursorAsync(long roomId, long sequence, CancellationToken cancellationToken) =>
        UpsertAsync(ArchiveSql.UpsertActionCursor, command =>
        {
            command.Parameters.AddWithValue("room_id", roomId);
            command.Parameters.AddWithValue("acted_seq", sequence);
        }, cancellationToken);

    // Every cursor query selects room_id first.
    private async Task<Dictionary<long, T>> LoadByRoomAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await RunAsync(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new Dictionary<long, T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows[reader.GetInt64(0)] = read(reader);
            }

            return rows;
        });
    }

    private async Task UpsertAsync(string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        if (_options.ReadOnly)
        {
            throw new InvalidOperationException("The PostgreSQL archive was opened read-only; cursors cannot be saved.");
        }

        await InitializeAsync(cancellationToken);
        await RunAsync(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(sql, connection);
            bind(command);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        });
    }
}
