namespace ChatworkGuard.Archive.Export;

/// <summary>What the header and the manifest say about a room, gathered in a first pass over its records.</summary>
internal sealed class RoomSummary
{
    private readonly HashSet<string> _messageIds = new(StringComparer.Ordinal);

    public long RecordCount { get; private set; }

    public SortedDictionary<string, long> CountsByKind { get; } = new(StringComparer.Ordinal);

    public int MessageCount => _messageIds.Count;

    public RoomSnapshotDetails? Snapshot { get; private set; }

    public string? Platform { get; private set; }

    public DateTimeOffset? FirstObservedAt { get; private set; }

    public DateTimeOffset? LastObservedAt { get; private set; }

    public void Observe(ArchiveRecord record)
    {
        RecordCount++;
        var kind = record.Kind.ToWireName();
        CountsByKind[kind] = CountsByKind.GetValueOrDefault(kind) + 1;
        if (record.Kind.IsMessageKind() && record.MessageId is not null)
        {
            _messageIds.Add(record.MessageId);
        }

        if (record.Kind is RecordKind.RoomSnapshot or RecordKind.RoomJoined && RoomSnapshotDetails.TryParse(record.Details) is { } snapshot)
        {
            Snapshot = snapshot;
            Platform = snapshot.Platform ?? Platform;
        }

        FirstObservedAt ??= record.ObservedAt;
        LastObservedAt = record.ObservedAt;
    }
}
