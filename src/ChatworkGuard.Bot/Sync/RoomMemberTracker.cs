namespace ChatworkGuard.Bot.Sync;

/// <summary>Keeps the archive's record of a room's name and members current with room-snapshot records.</summary>
internal sealed class RoomMemberTracker(
    MessageIngestor ingestor,
    RoomProfiles profiles,
    RoomMembership membership,
    TimeProvider time)
{
    /// <summary>The snapshot of a room's name and members as archived: members ordered by account id; the platform
    /// null only for the members a profile is inferred from (<see cref="RoomProfileInference"/>), never archived; the reading
    /// account (<see cref="RoomMembership.ReadByAsync"/>) when there are several.</summary>
    public static RoomSnapshotDetails ToSnapshot(string name, IEnumerable<Chatwork.Models.RoomMember> members, string? platform, long? readBy = null) =>
        new(name, members
            .OrderBy(m => m.AccountId)
            .Select(m => new Archive.RoomMember(m.AccountId, m.Name, m.Role.ToString().ToLowerInvariant()))
            .ToList(), platform, readBy);

    /// <summary>Archives a room-snapshot when the room's name, members or reading account differ from the last snapshot.</summary>
    public async Task<IReadOnlyList<ArchiveRecord>> SnapshotIfChangedAsync(Room room, RoomLedgerEntry entry, RecordSource source, IChatworkRoomReader reader, CancellationToken cancellationToken)
    {
        var members = await reader.GetMembersAsync(room.RoomId, cancellationToken);
        var snapshot = ToSnapshot(room.Name, members, (await profiles.OfAsync(entry, cancellationToken)).Platform.ToString(),
            await membership.ReadByAsync(room.RoomId, cancellationToken));
        if (entry.Snapshot is { } previous
            && previous.Name == snapshot.Name
            && previous.ReadBy == snapshot.ReadBy
            && previous.Members.SequenceEqual(snapshot.Members))
        {
            return [];
        }

        var result = (await ingestor.ArchiveAsync(
            [
                new RecordDraft
                {
                    RoomId = room.RoomId,
                    Kind = RecordKind.RoomSnapshot,
                    ObservedAt = time.GetUtcNow(),
                    Source = source,
                    Details = snapshot.ToJson(),
                },
            ],
            cancellationToken))[0];
        entry.Snapshot = snapshot;
        entry.Name = room.Name;
        return result.Added ? [result.Record] : [];
    }
}
