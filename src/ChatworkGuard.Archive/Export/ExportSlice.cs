namespace ChatworkGuard.Archive.Export;

/// <summary>What a slice export holds and how it links into the room's chain.</summary>
/// <param name="Window">The requested time window.</param>
/// <param name="FirstSequence">The seq of the slice's first record (the lowest seq observed in the window).</param>
/// <param name="LastSequence">The seq of its last record (the highest seq observed in the window). Records between the
/// two are all in the slice, also one observed just outside the window out of order, as a chain has no holes.</param>
/// <param name="PreviousHash">The first record's prev_hash: the hash of record <c>FirstSequence - 1</c>, the link into
/// the chain (32 zero bytes when the slice starts at seq 1).</param>
/// <param name="LastHash">The hash of the slice's last record.</param>
public sealed record ExportSlice(ExportWindow Window, long FirstSequence, long LastSequence, ChainHash PreviousHash, ChainHash LastHash)
{
    /// <summary>How many records the slice holds.</summary>
    public long RecordCount => LastSequence - FirstSequence + 1;
}
