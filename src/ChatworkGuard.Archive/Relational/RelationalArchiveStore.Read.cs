namespace ChatworkGuard.Archive.Relational;

/// <summary>Reads: each call on its own pooled connection; records stream in sequence order.</summary>
public abstract partial class RelationalArchiveStore
{
    /// <inheritdoc />
    public IAsyncEnumerable<ArchiveRecord> ReadRoomAsync(long roomId, long fromSequence, CancellationToken cancellationToken) =>
        StreamRecordsAsync(ArchiveSql.SelectRoom, roomId, command =>
        {
            command.AddParameter("@room_id", roomId);
            command.AddParameter("@from", fromSequence);
        }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<ArchiveRecord> ReadRoomKindsAsync(
        long roomId, long fromSequence, long throughSequence, IReadOnlyCollection<RecordKind> kinds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Count == 0 || kinds.Any(kind => kind.IsMessageKind()))
        {
            throw new ArgumentException("Name one or more kinds, none of them a message kind (those are read with ReadRoomAsync).", nameof(kinds));
        }

        return StreamRecordsAsync(ArchiveSql.SelectRoomKinds(kinds.Count), roomId, command =>
        {
            command.AddParameter("@room_id", roomId);
            command.AddParameter("@from", fromSequence);
            command.AddParameter("@through", throughSequence);
            var index = 0;
            foreach (var kind in kinds)
            {
                command.AddParameter(ArchiveSql.KindParameter(index++), kind.ToWireName());
            }
        }, cancellationToken);
    }

    private async IAsyncEnumerable<ArchiveRecord> StreamRecordsAsync(
        string sql, long roomId, Action<DbCommand> bind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var connection = await RunAsync(() => OpenConnectionAsync(cancellationToken));
        await using (connection)
        {
            await using var command = connection.CreateCommand(sql);
            bind(command);
            var reader = await RunAsync(() => command.ExecuteReaderAsync(cancellationToken));
            await using (reader)
            {
                var rows = new RecordRowReader(roomId);
                var count = 0;
                while (await ReadRowAsync(reader, cancellationToken))
                {
                    // A provider's row read may not look at the token (SQLite's does not); once in a while is enough.
                    if ((++count & 1023) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    yield return rows.Read(reader);
                }
            }
        }
    }

    /// <inheritdoc />
    public async Task<RecordTally> TallyRoomAsync(long roomId, long fromSequence, long throughSequence, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<RecordKind, long>();
        long records = 0;
        long? last = null;
        await ForEachRowAsync(ArchiveSql.TallyRoom, command =>
        {
            command.AddParameter("@room_id", roomId);
            command.AddParameter("@from", fromSequence);
            command.AddParameter("@through", throughSequence);
        }, reader =>
        {
            var count = reader.GetInt64(1);
            records += count;
            last = Math.Max(last ?? long.MinValue, reader.GetInt64(2));
            // A kind this build does not know still counts as a record; verify is where it is reported.
            if (RecordKinds.TryParse(reader.GetString(0), out var kind))
            {
                counts[kind.Value] = count;
            }
        }, cancellationToken);
        return new RecordTally(counts, records, last is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<long>> ListRoomsAsync(CancellationToken cancellationToken)
    {
        var rooms = new List<long>();
        await ForEachRowAsync(ArchiveSql.ListRooms, static _ => { }, reader => rooms.Add(reader.GetInt64(0)), cancellationToken);
        return rooms;
    }

    /// <inheritdoc />
    public async Task<ChainHead?> GetChainHeadAsync(long roomId, CancellationToken cancellationToken)
    {
        ChainHead? head = null;
        await ForEachRowAsync(ArchiveSql.SelectHead, command => command.AddParameter("@room_id", roomId), reader =>
        {
            var (sequence, hash) = ChainHeadRow.Read(reader, roomId, sequenceOrdinal: 0);
            head = new ChainHead(roomId, sequence, hash);
        }, cancellationToken);
        return head;
    }

    /// <inheritdoc />
    public async Task<ObservedRange> FindObservedRangeAsync(long roomId, DateTimeOffset? observedFrom, DateTimeOffset? observedBefore, CancellationToken cancellationToken)
    {
        var range = new ObservedRange(null, null, null, null);
        await ForEachRowAsync(ArchiveSql.ObservedRange, command =>
        {
            command.AddParameter("@room_id", roomId);
            command.AddParameter("@from", observedFrom?.ToUnixTimeMilliseconds() ?? long.MinValue);
            command.AddParameter("@to", observedBefore?.ToUnixTimeMilliseconds() ?? long.MaxValue);
        }, reader =>
        {
            static long? Nullable(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
            static DateTimeOffset? Time(long? ms) => ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;
            range = new ObservedRange(Nullable(reader, 0), Nullable(reader, 1), Time(Nullable(reader, 2)), Time(Nullable(reader, 3)));
        }, cancellationToken);
        return range;
    }

    /// <inheritdoc />
    public async Task<MessageVersionSlice> GetMessageVersionsAsync(long roomId, MessageVersionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var versions = new Dictionary<string, MessageVersion>(StringComparer.Ordinal);
        if (!query.WholeRoom && query.MessageIds.Count == 0 && query.SentSince is null)
        {
            return new MessageVersionSlice(versions, null);
        }

        string? newestEarlier = null;
        await ForEachRowAsync(ArchiveSql.MessageVersions(query), command =>
        {
            command.AddParameter("@room_id", roomId);
            if (query.WholeRoom)
            {
                return;
            }

            var index = 0;
            foreach (var messageId in query.MessageIds)
            {
                command.AddParameter(ArchiveSql.MessageIdParameter(index++), messageId);
            }

            if (query.SentSince is { } since)
            {
                command.AddParameter("@since", since);
            }
        }, reader =>
        {
            // Column 0 flags the one row that only says what the archive holds before the window.
            if (reader.GetInt32(0) == 1)
            {
                newestEarlier = reader.GetString(1);
                return;
            }

            // A message can come from both parts, and every version of it comes: keep the latest.
            var version = RecordRowReader.ReadVersion(reader, firstOrdinal: 1);
            if (!versions.TryGetValue(version.MessageId, out var kept) || kept.Sequence < version.Sequence)
            {
                versions[version.MessageId] = version;
            }
        }, cancellationToken);
        return new MessageVersionSlice(versions, newestEarlier);
    }

    /// <summary>Moves to the next row of a streamed read; false when done. Errors are translated.</summary>
    private protected virtual async ValueTask<bool> ReadRowAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(cancellationToken);
        }
        catch (Exception exception) when (Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>Runs a small query and hands every row to <paramref name="row"/>, after initialization and with errors translated.</summary>
    private async Task ForEachRowAsync(string sql, Action<DbCommand> bind, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await RunAsync(async () =>
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand(sql);
            bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                row(reader);
            }
        });
    }
}
