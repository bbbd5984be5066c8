namespace ChatworkGuard.Archive.Sqlite;

/// <summary>Appends: one IMMEDIATE transaction per call, the chain head read and moved inside it.</summary>
public sealed partial class SqliteArchiveStore
{
    private protected override Task<IReadOnlyList<AppendResult>> AppendNormalizedAsync(RecordDraft[] drafts, CancellationToken cancellationToken) =>
        WriteAsync(() => AppendLockedAsync(drafts, cancellationToken), cancellationToken);

    // SQLite has one writer: appends and cursor saves of this process queue here instead of on busy_timeout.
    private protected override async Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            return await RunAsync(write);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<IReadOnlyList<AppendResult>> AppendLockedAsync(RecordDraft[] drafts, CancellationToken cancellationToken)
    {
        await using var connection = await OpenSqliteConnectionAsync(cancellationToken);
        // BEGIN IMMEDIATE: the write lock is taken before the head is read, so another process cannot interleave.
        await using var transaction = connection.BeginTransaction(deferred: false);
        using var commands = new AppendCommands(connection, transaction);

        var results = new AppendResult[drafts.Length];
        var heads = new Dictionary<long, (long Sequence, ChainHash Hash)>();
        var seen = new Dictionary<(long RoomId, string Key), ArchiveRecord>();
        for (var i = 0; i < drafts.Length; i++)
        {
            var draft = drafts[i];
            var key = IdempotencyKeys.For(draft);
            if (key is not null && seen.TryGetValue((draft.RoomId, key), out var earlier))
            {
                results[i] = new AppendResult(earlier, Added: false);
                continue;
            }

            if (!heads.TryGetValue(draft.RoomId, out var head))
            {
                head = commands.ReadHead(draft.RoomId);
            }

            var record = HashChain.Seal(draft, head.Sequence + 1, head.Hash);
            if (!commands.TryInsert(record, key))
            {
                var existing = commands.FindByKey(draft.RoomId, key!)
                    ?? throw new InvalidOperationException($"Room {draft.RoomId}: the insert was skipped as a duplicate, but no record has the key.");
                seen[(draft.RoomId, key!)] = existing;
                results[i] = new AppendResult(existing, Added: false);
                continue;
            }

            heads[draft.RoomId] = (record.Sequence, record.Hash);
            if (key is not null)
            {
                seen[(draft.RoomId, key)] = record;
            }

            results[i] = new AppendResult(record, Added: true);
        }

        foreach (var (roomId, head) in heads)
        {
            commands.WriteHead(roomId, head.Sequence, head.Hash);
        }

        await transaction.CommitAsync(cancellationToken);
        return results;
    }
}
