using ChatworkGuard.Archive;

namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>
/// Follows the bot's archive read-only while the bot writes it: per room it remembers the next sequence to read,
/// so each look reads only the records appended since, and keeps when each message was first archived as created.
/// </summary>
internal sealed class ArchiveWatcher : IAsyncDisposable
{
    private readonly string _databasePath;
    private readonly Dictionary<long, long> _nextSequence = [];
    private readonly Dictionary<string, DateTimeOffset> _created = new(StringComparer.Ordinal);
    private IArchiveStore? _store;

    public ArchiveWatcher(string databasePath) => _databasePath = databasePath;

    /// <summary>Message ids archived as message-created, with the bot's ObservedAt of the first such record.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Created => _created;

    /// <summary>Reads what was appended in <paramref name="rooms"/> since the last look (nothing before the bot created the file).</summary>
    public async Task RefreshAsync(IEnumerable<long> rooms, CancellationToken cancellationToken)
    {
        if (_store is null)
        {
            if (!File.Exists(_databasePath))
            {
                return;
            }

            _store = ArchiveStoreFactory.Create(new StorageOptions { ConnectionString = $"Data Source={_databasePath}" }, readOnly: true);
        }

        foreach (var room in rooms)
        {
            var next = _nextSequence.GetValueOrDefault(room, 0);
            await foreach (var record in _store.ReadRoomAsync(room, next, cancellationToken))
            {
                if (record.Kind == RecordKind.MessageCreated && record.MessageId is { } id)
                {
                    _created.TryAdd(id, record.ObservedAt);
                }

                next = record.Sequence + 1;
            }

            _nextSequence[room] = next;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}
