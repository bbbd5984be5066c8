namespace ChatworkGuard.Archive;

/// <summary>What <see cref="IArchiveStore.FindObservedRangeAsync"/> found: where a time window lies in a room's chain.</summary>
/// <param name="FirstSequence">The lowest seq of a record observed in the window; null when none was.</param>
/// <param name="LastSequence">The highest seq of a record observed in the window; null when none was.</param>
/// <param name="RoomFirstObservedAt">When the room's earliest-observed record was observed; null for a room without records.</param>
/// <param name="RoomLastObservedAt">When the room's latest-observed record was observed; null for a room without records.</param>
public sealed record ObservedRange(long? FirstSequence, long? LastSequence, DateTimeOffset? RoomFirstObservedAt, DateTimeOffset? RoomLastObservedAt)
{
    /// <summary>True when no record of the room was observed in the window.</summary>
    public bool IsEmpty => FirstSequence is null || LastSequence is null;
}
