namespace ChatworkGuard.Archive.Verification;

/// <summary>The first broken record of a room's chain and what is wrong with it.</summary>
/// <param name="RoomId">The room.</param>
/// <param name="Sequence">The sequence number (position) of the first broken record.</param>
/// <param name="Kind">Changed, missing, inserted or reordered.</param>
/// <param name="Description">One sentence for a person, in English.</param>
public sealed record ChainBreak(long RoomId, long Sequence, ChainBreakKind Kind, string Description);
