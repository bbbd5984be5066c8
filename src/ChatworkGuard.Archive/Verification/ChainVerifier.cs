namespace ChatworkGuard.Archive.Verification;

/// <summary>Recomputes a room's hash chain while streaming its records, and names the first broken record.</summary>
/// <remarks>Memory stays flat: only the last good record and one record of look-ahead are kept. Stores that can
/// hash their stored bytes directly (SQLite) are walked that way, and full records are read only around a break.</remarks>
public static partial class ChainVerifier
{
    private const int ProgressEvery = 4096;
    private const int MaxRenumbering = 8;

    /// <summary>Re-checks the chain of <paramref name="roomId"/> in <paramref name="store"/>.</summary>
    /// <param name="store">The archive.</param>
    /// <param name="roomId">The room.</param>
    /// <param name="progress">Receives the number of records checked so far, every few thousand records.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    public static async Task<RoomVerification> VerifyRoomAsync(
        IArchiveStore store,
        long roomId,
        IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var head = await store.GetChainHeadAsync(roomId, cancellationToken);
        return store is IChainLinkSource links
            ? await VerifyLinksAsync(store, links, roomId, head, progress, cancellationToken)
            : await VerifyAsync(roomId, store.ReadRoomAsync(roomId, 1, cancellationToken), head, progress, cancellationToken);
    }

    /// <summary>Re-checks a stream of one room's records (in stored order) against the stored head.</summary>
    public static async Task<RoomVerification> VerifyAsync(
        long roomId,
        IAsyncEnumerable<ArchiveRecord> records,
        ChainHead? storedHead,
        IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var walk = await WalkAsync(roomId, records, new WalkStart(1, ChainHash.Zero), stopAtBreak: false, progress, cancellationToken);
        var found = walk.Break ?? CheckHead(roomId, storedHead, walk.LastGood?.Sequence ?? 0, walk.LastGood?.Hash);
        return new RoomVerification(roomId, walk.Count, storedHead, found is null ? walk.LastGood?.Hash : null, found);
    }

    private static async Task<Walk> WalkAsync(
        long roomId,
        IAsyncEnumerable<ArchiveRecord> records,
        WalkStart start,
        bool stopAtBreak,
        IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        long count = 0;
        var expectedSequence = start.Sequence;
        var expectedPrevious = start.Previous;
        ArchiveRecord? lastGood = null;
        ChainBreak? found = null;

        var enumerator = records.GetAsyncEnumerator(cancellationToken);
        await using (enumerator)
        {
            try
            {
                var current = await enumerator.MoveNextAsync() ? enumerator.Current : null;
                while (current is not null)
                {
                    var next = await enumerator.MoveNextAsync() ? enumerator.Current : null;
                    count++;
                    if (found is null)
                    {
                        if (current.Sequence == expectedSequence
                            && current.PreviousHash == expectedPrevious
                            && HashChain.ComputeHash(expectedPrevious, current) == current.Hash)
                        {
                            expectedSequence++;
                            expectedPrevious = current.Hash;
                            lastGood = current;
                        }
                        else
                        {
                            found = ChainBreakClassifier.Classify(current, next, lastGood, expectedSequence, expectedPrevious, MaxRenumbering);
                            if (stopAtBreak)
                            {
                                break;
                            }
                        }
                    }

                    if (progress is not null && count % ProgressEvery == 0)
                    {
                        progress.Report(count);
                    }

                    current = next;
                }
            }
            catch (ArchiveCorruptionException exception) when (found is null)
            {
                found = new ChainBreak(roomId, exception.Sequence, ChainBreakKind.Changed, exception.Message);
            }
        }

        progress?.Report(count);
        return new Walk(count, lastGood, found);
    }

    private static ChainBreak? CheckHead(long roomId, ChainHead? storedHead, long lastSequence, ChainHash? lastHash)
    {
        if (storedHead is null)
        {
            return lastHash is null
                ? null
                : new ChainBreak(roomId, lastSequence, ChainBreakKind.Missing,
                    $"The room has {lastSequence} records but its stored chain head is missing: it was deleted outside the archive.");
        }

        if (storedHead.Sequence > lastSequence)
        {
            var first = lastSequence + 1;
            return new ChainBreak(roomId, first, ChainBreakKind.Missing, first == storedHead.Sequence
                ? $"Record {first} is missing: the stored chain head says the chain ends at {storedHead.Sequence}, but it ends at {lastSequence}."
                : $"Records {first}–{storedHead.Sequence} are missing: the stored chain head says the chain ends at {storedHead.Sequence}, but it ends at {lastSequence}.");
        }

        if (storedHead.Sequence < lastSequence)
        {
            return new ChainBreak(roomId, storedHead.Sequence + 1, ChainBreakKind.Inserted,
                $"Records {storedHead.Sequence + 1}–{lastSequence} come after the stored chain head ({storedHead.Sequence}): they were added outside the archive.");
        }

        return storedHead.Hash == lastHash
            ? null
            : new ChainBreak(roomId, lastSequence, ChainBreakKind.Changed,
                $"The hash of record {lastSequence} differs from the stored chain head: the head or the record was changed.");
    }

    private readonly record struct WalkStart(long Sequence, ChainHash Previous);

    private sealed record Walk(long Count, ArchiveRecord? LastGood, ChainBreak? Break);
}
