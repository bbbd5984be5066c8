using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.Archive.Sqlite;

/// <summary>Sync and action cursors: one small upsert per read, under the appends' writer lock (SQLite has one writer).</summary>
public sealed partial class SqliteArchiveStore : ISyncCursorStore
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
            command.Parameters.AddWithValue("@room_id", cursor.RoomId);
            command.Parameters.AddWithValue("@last_update_time", cursor.LastUpdateTime);
            command.Parameters.AddWithValue("@message_num", cursor.MessageNum);
            command.Parameters.AddWithValue("@read_at_ms", cursor.ReadAt.ToUnixTimeMilliseconds());
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<long, long>> LoadActionCursorsAsync(CancellationToken cancellationToken) =>
        await LoadByRoomAsync(ArchiveSql.SelectActionCursors, static reader => reader.GetInt64(1), cancellationToken);

    /// <inheritdoc />
    public Task SaveActionCursorAsync(long roomId, long sequence, CancellationToken cancellationToken) =>
        UpsertAsync(ArchiveSql.UpsertActionCursor, command =>
        {
            command.Parameters.AddWithValue("@room_id", roomId);
            command.Parameters.AddWithValue("@acted_seq", sequence);
        }, cancellationToken);

    // Every cursor query selects room_id first.
    private async Task<Dictionary<long, T>> LoadByRoomAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await RunAsync(async () =>
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new Dictionary<long, T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows[reader.GetInt64(0)] = read(reader);
            }

            return rows;
        });
    }

    private async Task UpsertAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
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
                command.CommandText = sql;
                bind(command);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            });
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
