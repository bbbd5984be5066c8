namespace ChatworkGuard.Bot.Files;

/// <summary>
/// Which files of a room already have a file record, read once per room and process from the room's chain and kept
/// up to date by <see cref="FileArchiver"/>. Keeps the bot from asking the API again for a file it has settled.
/// </summary>
internal sealed class ArchivedFileIndex
{
    private readonly IArchiveStore _archive;
    private readonly ConcurrentDictionary<long, RoomFiles> _rooms = new();

    public ArchivedFileIndex(IArchiveStore archive)
    {
        _archive = archive;
    }

    /// <summary>The room's files and the gate that keeps two paths (poll, webhook, resync) from fetching one file twice.</summary>
    public async Task<RoomFiles> GetAsync(long roomId, CancellationToken cancellationToken)
    {
        var room = _rooms.GetOrAdd(roomId, _ => new RoomFiles());
        if (room.Loaded)
        {
            return room;
        }

        await room.Gate.WaitAsync(cancellationToken);
        try
        {
            if (!room.Loaded)
            {
                // Only the file records, through the index of records that are not messages: the room's history is not read.
                await _archive.ApplyEventsAsync(roomId, 1, FileKinds, record =>
                {
                    if (FileRecordDetails.TryParse(record.Details) is { } details)
                    {
                        room.Settle(details.FileId, IsPresent(record.Kind, details.Reason));
                    }
                }, cancellationToken);

                room.Loaded = true;
            }
        }
        finally
        {
            room.Gate.Release();
        }

        return room;
    }

    private static readonly RecordKind[] FileKinds = [.. RecordKinds.All.Where(kind => kind.IsFileKind())];

    /// <summary>Whether a file with this record is still in the room as far as the archive knows: not deleted, and not
    /// already found gone (a 404 recorded as <c>file-unavailable</c> needs no <c>file-deleted</c> after it).</summary>
    public static bool IsPresent(RecordKind kind, string? reason) =>
        kind == RecordKind.FileArchived || (kind == RecordKind.FileUnavailable && reason != FileUnavailableReason.NotFound.ToWireName());

    /// <summary>One room's settled files.</summary>
    internal sealed class RoomFiles
    {
        private readonly ConcurrentDictionary<long, bool> _files = new();

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public bool Loaded { get; set; }

        /// <summary>True when the file has a record already (archived, unavailable or deleted).</summary>
        public bool IsSettled(long fileId) => _files.ContainsKey(fileId);

        /// <summary>The settled files still in the room as far as the archive knows (see <see cref="IsPresent"/>).</summary>
        public IEnumerable<long> Present => _files.Where(f => f.Value).Select(f => f.Key);

        public void Settle(long fileId, bool present) => _files[fileId] = present;
    }
}
