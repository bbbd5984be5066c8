namespace ChatworkGuard.Archive.Relational;

/// <summary>Sync and action cursors: one small upsert per read; the forward-only condition in the SQL makes
/// concurrent instances safe.</summary>
public abstract partial class RelationalArchiveStore
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
            command.AddParameter("@room_id", cursor.RoomId);
            command.AddParameter("@last_update_time", cursor.LastUpdateTime);
            command.AddParameter("@message_num", cursor.MessageNum);
            command.AddParameter("@read_at_ms", cursor.ReadAt.ToUnixTimeMilliseconds());
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<long, long>> LoadActionCursorsAsync(CancellationToken cancellationToken) =>
        await LoadByRoomAsync(ArchiveSql.SelectActionCursors, static reader => reader.GetInt64(1), cancellationToken);

    /// <inheritdoc />
    public Task SaveActionCursorAsync(long roomId, long sequence, CancellationToken cancellationToken) =>
        UpsertAsync(ArchiveSql.UpsertActionCursor, command =>
        {
            command.AddParameter("@room_id", roomId);
            command.AddParameter("@acted_seq", sequence);
        }, cancellationToken);

    // Every cursor query selects room_id first.
    private async Task<Dictionary<long, T>> LoadByRoomAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<long, T>();
        await ForEachRowAsync(sql, static _ => { }, reader => rows[reader.GetInt64(0)] = read(reader), cancellationToken);
        return rows;
    }

    private async Task UpsertAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        ThrowIfReadOnly("cursors cannot be saved");
        await InitializeAsync(cancellationToken);
        await WriteAsync(async () =>
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand(sql);
            bind(command);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }
}
