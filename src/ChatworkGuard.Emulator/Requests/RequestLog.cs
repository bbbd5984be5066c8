namespace ChatworkGuard.Emulator.Requests;

/// <summary>The last <c>capacity</c> API requests, oldest first; lock-free so it never slows the API down.</summary>
internal sealed class RequestLog(int capacity)
{
    private readonly ConcurrentQueue<RequestLogEntry> _entries = new();
    private int _count;

    public void Add(RequestLogEntry entry)
    {
        if (capacity == 0)
        {
            return;
        }

        _entries.Enqueue(entry);
        if (Interlocked.Increment(ref _count) > capacity && _entries.TryDequeue(out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }

    public IReadOnlyList<RequestLogEntry> Snapshot() => _entries.ToArray();

    public void Clear()
    {
        while (_entries.TryDequeue(out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }
}
