namespace ChatworkGuard.Archive;

/// <summary>
/// The bot's per-room sync and action cursors, in the archive's database. Unlike records they are overwritten (forward only:
/// a save older than the stored cursor changes nothing, so an instance that fell behind cannot move a cursor back).
/// Losing them costs one re-read per room, never evidence: a room is re-read whenever its cursor is missing.
/// </summary>
public interface ISyncCursorStore
{
    /// <summary>Every stored cursor, keyed by room id.</summary>
    Task<IReadOnlyDictionary<long, SyncCursor>> LoadCursorsAsync(CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="cursor"/> unless the stored one is newer (a later <see cref="SyncCursor.ReadAt"/>).</summary>
    Task SaveCursorAsync(SyncCursor cursor, CancellationToken cancellationToken);

    /// <summary>How far the actions (warnings, reminders, commands) on a room's records are done, read at one instant.</summary>
    Task<ActionProgress> LoadActionProgressAsync(long roomId, CancellationToken cancellationToken);

    /// <summary>Moves a room's action cursor forward to <paramref name="sequence"/> (never backward): every record up to
    /// it needs no action, whatever its marks say (history read on joining).</summary>
    Task SaveActionCursorAsync(long roomId, long sequence, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the actions on the records <paramref name="sequences"/> completed, then moves the room's action cursor
    /// over every record up to the first message record whose actions are not done, which may be one another instance
    /// is still acting on or archived and died before acting on. A room without a cursor starts at the highest of
    /// <paramref name="sequences"/>.
    /// </summary>
    Task CompleteActionsAsync(long roomId, IReadOnlyCollection<long> sequences, CancellationToken cancellationToken);

    /// <summary>The rooms holding a message record archived before <paramref name="archivedBefore"/> whose actions are not
    /// done: what an instance archived and then died, or failed to record, before acting on.</summary>
    Task<IReadOnlySet<long>> FindRoomsWithStalledActionsAsync(DateTimeOffset archivedBefore, CancellationToken cancellationToken);
}
