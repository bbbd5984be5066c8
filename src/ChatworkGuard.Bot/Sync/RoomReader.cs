namespace ChatworkGuard.Bot.Sync;

/// <summary>
/// Reads a joined room's latest window with force=1, archives what changed, and acts on the new messages.
/// force=1 instead of force=0: the server-side cursor is shared with anyone else using the bot's account, and
/// force=1 shows edits and deletions in the same call.
/// </summary>
internal sealed class RoomReader(
    ISyncCursorStore cursors,
    MessageIngestor ingestor,
    RoomMemberTracker members,
    MessageActionPipeline actions,
    RoomFileSync files,
    RoomMembership membership,
    TimeProvider time)
{
    /// <summary>Reads a room's latest window with force=1 and archives what changed; returns records added.</summary>
    public async Task<int> ReadAsync(Room room, RoomLedgerEntry entry, RecordSource source, IChatworkRoomReader reader, CancellationToken cancellationToken)
    {
        await entry.Gate.WaitAsync(cancellationToken);
        IngestResult result;
        try
        {
            var window = await reader.GetMessagesAsync(room.RoomId, force: true, cancellationToken);
            int? growth = entry.LastReadAt is null ? null : room.MessageNum - entry.MessageNum;
            result = await ingestor.IngestWindowAsync(room.RoomId, window, source, growth, reader, cancellationToken, entry.LastReadAt);
            // Saved only after the window's records are archived: a crash before this re-reads the room, never skips it.
            await cursors.SaveCursorAsync(entry.MarkRead(room.LastUpdateTime, room.MessageNum, time.GetUtcNow()), cancellationToken);
            if (source == RecordSource.Resync || result.MessageVersions.Any(r => MentionsMemberChange(r.Body))
                || await membership.ReadByChangedAsync(room.RoomId, entry.Snapshot, cancellationToken))
            {
                result = new IngestResult([.. result.Added, .. await members.SnapshotIfChangedAsync(room, entry, source, reader, cancellationToken)]);
            }
        }
        finally
        {
            entry.Gate.Release();
        }

        // Files after the room's gate is released: a large download must not hold up the room's messages.
        var filesAdded = await files.ArchiveAttachmentsAsync(room.RoomId, result.MessageVersions, source, cancellationToken);
        if (source == RecordSource.Resync)
        {
            filesAdded += await files.ResyncAsync(room.RoomId, cancellationToken);
        }

        await actions.RunAsync(room.RoomId, result, cancellationToken);
        return result.Added.Count + filesAdded;
    }

    private static bool MentionsMemberChange(string? body) =>
        body is not null && body.Contains("[dtext:chatroom_", StringComparison.Ordinal)
        && (body.Contains("member", StringComparison.Ordinal) || body.Contains("added", StringComparison.Ordinal)
            || body.Contains("deleted", StringComparison.Ordinal) || body.Contains("leave", StringComparison.Ordinal));
}
