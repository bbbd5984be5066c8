using ChatworkGuard.Archive.Checkpoints;

namespace ChatworkGuard.Archive.Export;

/// <summary>Collects the witness posts a room's checkpoint records name, so the export can carry the archive's copy of
/// each (with its hash in the witness room's chain) beside the room's own records.</summary>
internal sealed class WitnessCollector
{
    private readonly Dictionary<long, HashSet<string>> _wanted = [];

    public void Observe(ArchiveRecord record)
    {
        if (record.Kind == RecordKind.Checkpoint
            && CheckpointDetails.TryParse(record.Details) is { WitnessRoomId: { } room, WitnessMessageId: { } message })
        {
            if (!_wanted.TryGetValue(room, out var ids))
            {
                _wanted[room] = ids = new HashSet<string>(StringComparer.Ordinal);
            }

            ids.Add(message);
        }
    }

    /// <summary>The witness rooms' records of the wanted posts, in room then sequence order.</summary>
    public async Task<IReadOnlyList<ArchiveRecord>> ReadAsync(IArchiveStore store, long exportedRoomId, CancellationToken cancellationToken)
    {
        var found = new List<ArchiveRecord>();
        foreach (var (room, ids) in _wanted.OrderBy(p => p.Key))
        {
            // The exported room's own records are in the export already.
            if (room == exportedRoomId)
            {
                continue;
            }

            await foreach (var record in store.ReadRoomAsync(room, 1, cancellationToken))
            {
                if (record.Kind == RecordKind.MessageCreated && record.MessageId is not null && ids.Contains(record.MessageId))
                {
                    found.Add(record);
                }
            }
        }

        return found;
    }
}
