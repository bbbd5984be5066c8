namespace ChatworkGuard.Archive;

/// <summary>How far the actions on one room's records are done.</summary>
/// <param name="ActedThrough">The room's action cursor: every record up to this sequence is done; null when the room
/// has none (an archive from before action cursors, or a room never acted on).</param>
/// <param name="DoneAfter">Records after the cursor whose actions completed while an earlier one was still pending.</param>
public sealed record ActionProgress(long? ActedThrough, IReadOnlySet<long> DoneAfter)
{
    /// <summary>Whether the record <paramref name="sequence"/> still needs its actions.</summary>
    public bool IsPending(long sequence) => sequence > (ActedThrough ?? 0) && !DoneAfter.Contains(sequence);
}
