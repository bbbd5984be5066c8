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

    /// <summary>Per room, the sequence of the last record whose actions (warnings, reminders, commands) completed.</summary>
    Task<IReadOnlyDictionary<long, long>> LoadActionCursorsAsync(CancellationToken cancellationToken);

    /// <summary>Moves a room's action cursor forward to <paramref name="sequence"/> (never backward).</summary>
    Task SaveActionCursorAsync(long roomId, long sequence, CancellationToken cancellationToken);
}
