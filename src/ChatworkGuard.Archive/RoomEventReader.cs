namespace ChatworkGuard.Archive;

/// <summary>Brings a room's state up to date from its events: the records that are not messages, read through the
/// archive's event index up to the chain head.</summary>
public static class RoomEventReader
{
    /// <summary>
    /// Hands <paramref name="apply"/> the room's records of <paramref name="kinds"/> from <paramref name="fromSequence"/>
    /// through the chain head, in order, after <paramref name="beforeRecords"/> (if any) has seen that stretch; returns
    /// the sequence to start from next time (<paramref name="fromSequence"/> when there was nothing new).
    /// </summary>
    /// <remarks>The head is read first and bounds the read: every record up to it is committed (the head moves in the
    /// append's transaction), and whatever is appended after it is read next time, so no record is skipped.</remarks>
    public static async Task<long> ApplyEventsAsync(
        this IArchiveStore archive,
        long roomId,
        long fromSequence,
        IReadOnlyCollection<RecordKind> kinds,
        Action<ArchiveRecord> apply,
        CancellationToken cancellationToken,
        Func<long, long, Task>? beforeRecords = null)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(apply);
        if (await archive.GetChainHeadAsync(roomId, cancellationToken) is not { } head || head.Sequence < fromSequence)
        {
            return fromSequence;
        }

        if (beforeRecords is not null)
        {
            await beforeRecords(fromSequence, head.Sequence);
        }

        await foreach (var record in archive.ReadRoomKindsAsync(roomId, fromSequence, head.Sequence, kinds, cancellationToken))
        {
            apply(record);
        }

        return head.Sequence + 1;
    }
}
