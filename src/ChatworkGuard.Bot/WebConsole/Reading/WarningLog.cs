using System.Collections.Immutable;

namespace ChatworkGuard.Bot.WebConsole.Reading;

/// <summary>The warnings (posted and held back) of every room, from their archived records, newest first. Each room's
/// warnings are kept with the sequence read up to, so a view reads only the records appended since the last one.</summary>
internal sealed class WarningLog : IDisposable
{
    /// <summary>At most this many warnings are listed.</summary>
    public const int Limit = 1000;

    private readonly IArchiveStore _archive;
    private readonly RoomLedger _ledger;
    private readonly ConcurrentDictionary<long, RoomWarnings> _rooms = new();

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
            var room = _rooms.GetOrAdd(roomId, static id => new RoomWarnings(id));
            await room.CatchUpAsync(_archive, cancellationToken);
            var name = (await _ledger.GetAsync(roomId, cancellationToken)).Name;
            entries.AddRange(room.Warnings
                .Where(w => (from is not { } start || w.At >= start) && (until is not { } end || w.At < end)
                    && (category is null || w.Categories.Contains(category, StringComparer.Ordinal)))
                .Select(w => w with { RoomName = name }));
        }

        return [.. entries.OrderByDescending(e => e.At).ThenBy(e => e.RoomId).ThenByDescending(e => e.Sequence).Take(Limit)];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var room in _rooms.Values)
        {
            room.Dispose();
        }
    }

    /// <summary>One room's warning records, in chain order; the room's name is filled in per view (it can change).</summary>
    private sealed class RoomWarnings(long roomId) : ChainFold(roomId)
    {
        private volatile ImmutableList<WarningEntry> _warnings = [];

        /// <summary>The warnings folded so far; a snapshot, safe to enumerate while another view catches up.</summary>
        public IReadOnlyList<WarningEntry> Warnings => _warnings;

        protected override IReadOnlyCollection<RecordKind> AppliedKinds { get; } = [RecordKind.WarningPosted, RecordKind.WarningSuppressed];

        protected override void Apply(ArchiveRecord record)
        {
            var details = WarningDetails.TryParse(record.Details);
            _warnings = _warnings.Add(new WarningEntry(RoomId, "", record.Sequence, record.ObservedAt, record.Kind == RecordKind.WarningPosted, details?.Categories ?? [], details?.Excerpt));
        }
    }
}
