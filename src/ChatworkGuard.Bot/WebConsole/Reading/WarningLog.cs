using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Actions.Warnings;
using ChatworkGuard.Bot.Ingest;

namespace ChatworkGuard.Bot.WebConsole.Reading;

/// <summary>The warnings (posted and held back) of every room, from their archived records, newest first.</summary>
internal sealed class WarningLog
{
    /// <summary>At most this many warnings are listed.</summary>
    public const int Limit = 1000;

    private readonly IArchiveStore _archive;
    private readonly RoomLedger _ledger;

    public WarningLog(IArchiveStore archive, RoomLedger ledger)
    {
        _archive = archive;
        _ledger = ledger;
    }

    /// <summary>Warnings of <paramref name="category"/> (any when null) archived within [<paramref name="from"/>, <paramref name="until"/>).</summary>
    public async Task<IReadOnlyList<WarningEntry>> ReadAsync(string? category, DateTimeOffset? from, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var entries = new List<WarningEntry>();
        foreach (var roomId in await _archive.ListRoomsAsync(cancellationToken))
        {
            var name = (await _ledger.GetAsync(roomId, cancellationToken)).Name;
            await foreach (var record in _archive.ReadRoomAsync(roomId, 0, cancellationToken))
            {
                if (record.Kind is not (RecordKind.WarningPosted or RecordKind.WarningSuppressed)
                    || (from is { } start && record.ObservedAt < start)
                    || (until is { } end && record.ObservedAt >= end))
                {
                    continue;
                }

                var details = WarningDetails.TryParse(record.Details);
                var categories = details?.Categories ?? [];
                if (category is null || categories.Contains(category, StringComparer.Ordinal))
                {
                    entries.Add(new WarningEntry(roomId, name, record.Sequence, record.ObservedAt, record.Kind == RecordKind.WarningPosted, categories, details?.Excerpt));
                }
            }
        }

        return [.. entries.OrderByDescending(e => e.At).ThenBy(e => e.RoomId).Take(Limit)];
    }
}
