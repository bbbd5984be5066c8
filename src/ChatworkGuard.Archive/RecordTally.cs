namespace ChatworkGuard.Archive;

/// <summary>How many records of each kind a stretch of a room's chain holds, counted inside the database.</summary>
/// <param name="Counts">Records per kind; a kind the stretch does not hold is absent.</param>
/// <param name="Records">Every record of the stretch, those of a kind this build does not know included.</param>
/// <param name="LastObservedAt">The latest observation time in the stretch; null when it holds no record.</param>
public sealed record RecordTally(IReadOnlyDictionary<RecordKind, long> Counts, long Records, DateTimeOffset? LastObservedAt)
{
    /// <summary>The records of <paramref name="kind"/>.</summary>
    public long Of(RecordKind kind) => Counts.GetValueOrDefault(kind);
}
