namespace ChatworkGuard.Bot.WebConsole.Reading;

/// <summary>A window of a room's archived records for the timeline page, newest last.</summary>
internal static class RoomTimeline
{
    /// <summary>Records per page.</summary>
    public const int PageSize = 500;

    /// <summary>The records from <paramref name="fromSequence"/> (the last <see cref="PageSize"/> when null), and the
    /// sequence an earlier page would start at (null when this page starts at the first record).</summary>
    public static async Task<(IReadOnlyList<TimelineItem> Items, long? EarlierFrom)> ReadAsync(IArchiveStore archive, ChainHead head, long? fromSequence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(head);
        var from = Math.Max(1, fromSequence ?? head.Sequence - PageSize + 1);
        var versions = new Dictionary<string, (string? Body, string? Author)>(StringComparer.Ordinal);
        var items = new List<TimelineItem>();
        await foreach (var record in archive.ReadRoomAsync(head.RoomId, from, cancellationToken))
        {
            if (items.Count == PageSize)
            {
                break;
            }

            items.Add(ToItem(record, versions));
        }

        return (items, from > 1 ? Math.Max(1, from - PageSize) : null);
    }

    private static TimelineItem ToItem(ArchiveRecord record, Dictionary<string, (string? Body, string? Author)> versions)
    {
        switch (record.Kind)
        {
            case RecordKind.MessageCreated or RecordKind.MessageEdited or RecordKind.MessageDeleted or RecordKind.Conflict when record.MessageId is { } id:
                var found = versions.TryGetValue(id, out var previous);
                if (record.Kind != RecordKind.MessageDeleted)
                {
                    versions[id] = (record.Body, record.AccountName ?? previous.Author);
                }

                return new TimelineItem(record, record.Kind == RecordKind.MessageEdited && found ? previous.Body : null, [], null, found ? previous.Author : null);
            case RecordKind.WarningPosted or RecordKind.WarningSuppressed:
                var details = WarningDetails.TryParse(record.Details);
                return new TimelineItem(record, null, details?.Categories ?? [], details?.Excerpt);
            default:
                return new TimelineItem(record, null, [], null);
        }
    }
}
