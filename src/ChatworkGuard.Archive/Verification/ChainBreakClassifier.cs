namespace ChatworkGuard.Archive.Verification;

/// <summary>Names what is wrong at the first record that does not continue the chain, from that record, the one after
/// it and the last good one. The same rules run in the exported HTML's Verify button.</summary>
internal static class ChainBreakClassifier
{
    public static ChainBreak Classify(
        ArchiveRecord current,
        ArchiveRecord? next,
        ArchiveRecord? lastGood,
        long expectedSequence,
        ChainHash expectedPrevious,
        int maxRenumbering)
    {
        var roomId = current.RoomId;
        var e = expectedSequence;
        if (current.Sequence > e)
        {
            return new ChainBreak(roomId, e, ChainBreakKind.Missing, current.Sequence == e + 1
                ? $"Record {e} is missing: the chain jumps from {e - 1} to {current.Sequence}."
                : $"Records {e}–{current.Sequence - 1} are missing: the chain jumps from {e - 1} to {current.Sequence}.");
        }

        if (current.Sequence < e)
        {
            return new ChainBreak(roomId, current.Sequence, ChainBreakKind.Inserted,
                $"A second record numbered {current.Sequence} was put into the chain.");
        }

        if (current.PreviousHash == expectedPrevious)
        {
            return new ChainBreak(roomId, e, ChainBreakKind.Changed,
                $"Record {e} does not match its hash: its content was changed after it was archived.");
        }

        if (next is not null && next.PreviousHash == expectedPrevious)
        {
            return current.PreviousHash == next.Hash
                ? new ChainBreak(roomId, e, ChainBreakKind.Reordered,
                    $"Records {e} and {e + 1} are in swapped order.")
                : new ChainBreak(roomId, e, ChainBreakKind.Inserted,
                    $"Record {e} was inserted: the record after it continues from record {e - 1}.");
        }

        if (lastGood is not null && current.PreviousHash == lastGood.PreviousHash)
        {
            return new ChainBreak(roomId, lastGood.Sequence, ChainBreakKind.Inserted,
                $"Record {lastGood.Sequence} was inserted: the record after it also continues from record {lastGood.Sequence - 1}.");
        }

        var shift = FindRenumbering(current, maxRenumbering);
        if (shift > 0)
        {
            return next is not null && HashChain.ComputeHash(next) == next.Hash && next.Sequence != current.Sequence + shift
                ? new ChainBreak(roomId, e, ChainBreakKind.Reordered,
                    $"Record {e} is the record archived as number {e + shift}, moved out of place.")
                : new ChainBreak(roomId, e, ChainBreakKind.Missing,
                    $"{shift} record(s) before record {e} were removed and the later records renumbered.");
        }

        return HashChain.ComputeHash(current) == current.Hash
            ? new ChainBreak(roomId, e, ChainBreakKind.Missing,
                $"Record {e} continues from a record that is not in the archive: records before it are missing.")
            : new ChainBreak(roomId, e, ChainBreakKind.Changed,
                $"Record {e} does not continue from record {e - 1} and does not match its own hash: it was changed.");
    }

    private static int FindRenumbering(ArchiveRecord record, int maxShift)
    {
        for (var shift = 1; shift <= maxShift; shift++)
        {
            if (HashChain.ComputeHash(record with { Sequence = record.Sequence + shift }) == record.Hash)
            {
                return shift;
            }
        }

        return 0;
    }
}
