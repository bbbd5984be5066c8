namespace ChatworkGuard.Archive.Verification;

/// <summary>The result of re-checking one room's chain.</summary>
/// <param name="RoomId">The room.</param>
/// <param name="RecordCount">How many records were read.</param>
/// <param name="StoredHead">The chain head the store keeps for the room, if any.</param>
/// <param name="ComputedHead">The hash of the last record as recomputed (null when the chain is empty or broken).</param>
/// <param name="Break">The first broken record, or null when the chain is intact.</param>
public sealed record RoomVerification(
    long RoomId,
    long RecordCount,
    ChainHead? StoredHead,
    ChainHash? ComputedHead,
    ChainBreak? Break)
{
    /// <summary>True when every record links to the one before and matches its hash, and the head agrees.</summary>
    public bool IsIntact => Break is null;
}
