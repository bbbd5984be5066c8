namespace ChatworkGuard.Bot.Ingest;

/// <summary>
/// The bot's per-room memory. It is a cache of the archive, not a second source of truth: each room's entry is
/// rebuilt from that room's records the first time it is needed, so a restart loses nothing but the cursor,
/// and a missing cursor only means the room is re-read with force=1.
/// </summary>
internal sealed class RoomLedger
{
    private readonly IArchiveStore _archive;
    private readonly ConcurrentDictionary<long, Lazy<Task<RoomLedgerEntry>>> _entries = new();

    public RoomLedger(IArchiveStore archive) => _archive = archive;

    /// <summary>The entry for <paramref name="roomId"/>, loaded from the archive on first use.</summary>
    public Task<RoomLedgerEntry> GetAsync(long roomId, CancellationToken cancellationToken) =>
        _entries.GetOrAdd(roomId, id => new Lazy<Task<RoomLedgerEntry>>(() => LoadAsync(id, CancellationToken.None))).Value
            .WaitAsync(cancellationToken);

    /// <summary>Every room the archive knows, with its entry.</summary>
    public Task<IReadOnlyList<RoomLedgerEntry>> GetArchivedRoomsAsync(CancellationToken cancellationToken) =>
        ArchivedRooms.ReadEachAsync(_archive, GetAsync, cancellationToken);

    /// <summary>
    /// The entry for <paramref name="roomId"/> after applying the records appended since it was loaded, including
    /// those other bot instances sharing the database appended. Call it under <see cref="Cluster.RoomActionLock"/>
    /// before deciding to post, so the cooldown and escrow state include what another instance just did.
    /// </summary>
    public async Task<RoomLedgerEntry> RefreshAsync(long roomId, CancellationToken cancellationToken)
    {
        var entry = await GetAsync(roomId, cancellationToken);
        await entry.RefreshGate.WaitAsync(cancellationToken);
        try
        {
            await ApplyNewRecordsAsync(entry, cancellationToken);
        }
        finally
        {
            entry.RefreshGate.Release();
        }

        return entry;
    }

    private async Task<RoomLedgerEntry> LoadAsync(long roomId, CancellationToken cancellationToken)
    {
        var entry = new RoomLedgerEntry(roomId);
        await ApplyNewRecordsAsync(entry, cancellationToken);
        return entry;
    }

    // Re-applying a record this process appended and already applied in memory sets the same values again. Only the
    // kinds Apply uses are read, through the index of the records that are not messages, so a room's first load costs
    // its events, not its whole history.
    private async Task ApplyNewRecordsAsync(RoomLedgerEntry entry, CancellationToken cancellationToken) =>
        entry.NextSequence = await _archive.ApplyEventsAsync(entry.RoomId, entry.NextSequence, AppliedKinds, record => Apply(entry, record), cancellationToken);

    /// <summary>The kinds <see cref="Apply"/> reads; every other record leaves the entry as it is.</summary>
    internal static IReadOnlyList<RecordKind> AppliedKinds { get; } =
    [
        RecordKind.RoomJoined, RecordKind.RoomLost, RecordKind.RoomSnapshot, RecordKind.EscrowConfirmed, RecordKind.EscrowChanged,
        RecordKind.ReminderPosted, RecordKind.RoomProfile, RecordKind.WarningPosted,
    ];

    private static void Apply(RoomLedgerEntry entry, ArchiveRecord record)
    {
        switch (record.Kind)
        {
            case RecordKind.RoomJoined:
                entry.Lifecycle = RoomLifecycle.Active;
                break;
            case RecordKind.RoomLost:
                entry.Lifecycle = RoomLifecycle.Lost;
                break;
            case RecordKind.RoomSnapshot:
                entry.Snapshot = RoomSnapshotDetails.TryParse(record.Details) ?? entry.Snapshot;
                entry.Name = entry.Snapshot?.Name ?? entry.Name;
                break;
            case RecordKind.EscrowConfirmed or RecordKind.EscrowChanged or RecordKind.ReminderPosted:
                entry.Escrow = EscrowRecordDetails.TryParse(record.Details)?.State ?? entry.Escrow;
                break;
            case RecordKind.RoomProfile:
                entry.Profile.Apply(RoomProfileDetails.TryParse(record.Details));
                break;
            case RecordKind.WarningPosted:
                var details = WarningDetails.TryParse(record.Details);
                foreach (var category in details?.Categories ?? [])
                {
                    entry.Warnings.Note(category, record.ObservedAt, details!.AccountId, details.SeverityOf(category));
                    // Records written by hand or by older versions may lack the rule list.
                    WarningDetails.NoteSource(entry.ModelOnlyWarnings, category, details!.Rules ?? []);
                    if (details.ReplyTo is { } answered)
                    {
                        if (!entry.WarnedCategories.TryGetValue(answered, out var warned))
                        {
                            warned = new HashSet<string>(StringComparer.Ordinal);
                            entry.WarnedCategories[answered] = warned;
                        }

                        warned.Add(category);
                    }
                }

                break;
            default:
                break;
        }
    }
}
