namespace ChatworkGuard.Archive.Relational;

/// <summary>Sync and action cursors and action marks: one small statement batch per read; the forward-only conditions
/// in the SQL make concurrent instances safe.</summary>
public abstract partial class RelationalArchiveStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<long, SyncCursor>> LoadCursorsAsync(CancellationToken cancellationToken)
    {
        var cursors = new Dictionary<long, SyncCursor>();
        await ForEachRowAsync(ArchiveSql.SelectCursors, static _ => { }, reader =>
        {
            var cursor = ArchiveSql.ReadCursor(reader);
            cursors[cursor.RoomId] = cursor;
        }, cancellationToken);
        return cursors;
    }

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
    public async Task<ActionProgress> LoadActionProgressAsync(long roomId, CancellationToken cancellationToken)
    {
        long? actedThrough = null;
        var done = new List<long>();
        await ForEachRowAsync(ArchiveSql.SelectActionProgress, command => command.AddParameter("@room_id", roomId), reader =>
        {
            if (reader.GetInt32(0) == 0)
            {
                actedThrough = reader.GetInt64(1);
            }
            else
            {
                done.Add(reader.GetInt64(1));
            }
        }, cancellationToken);

        // Marks the cursor has passed may not be removed yet; they say nothing more.
        return new ActionProgress(actedThrough, done.Where(sequence => sequence > (actedThrough ?? 0)).ToHashSet());
    }

    /// <inheritdoc />
    public Task CompleteActionsAsync(long roomId, IReadOnlyCollection<long> sequences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        long[] marks = [.. sequences.Distinct()];
        return UpsertAsync(ArchiveSql.CompleteActions(marks.Length), command =>
        {
            command.AddParameter("@room_id", roomId);
            for (var i = 0; i < marks.Length; i++)
            {
                command.AddParameter($"@mark{i}", marks[i]);
            }

            if (marks.Length > 0)
            {
                command.AddParameter("@first", marks.Max());
            }
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task SaveActionCursorAsync(long roomId, long sequence, CancellationToken cancellationToken) =>
        UpsertAsync(ArchiveSql.UpsertActionCursor, command =>
        {
            command.AddParameter("@room_id", roomId);
            command.AddParameter("@acted_seq", sequence);
        }, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlySet<long>> FindRoomsWithStalledActionsAsync(DateTimeOffset archivedBefore, CancellationToken cancellationToken)
    {
        var rooms = new HashSet<long>();
        await ForEachRowAsync(ArchiveSql.SelectRoomsWithStalledActions,
            command => command.AddParameter("@archived_before", archivedBefore.ToUnixTimeMilliseconds()),
            reader => rooms.Add(reader.GetInt64(0)), cancellationToken);
        return rooms;
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
