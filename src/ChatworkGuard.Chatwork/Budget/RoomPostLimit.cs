namespace ChatworkGuard.Chatwork.Budget;

/// <summary>Chatwork's per-room posting limit: at most <see cref="ChatworkOptions.RoomPostsPerWindow"/> posts per room in
/// any <see cref="ChatworkOptions.RoomPostWindow"/> (plus a margin). Not thread-safe: <see cref="ApiBudget"/> holds its lock
/// around every call.</summary>
internal sealed class RoomPostLimit
{
    // Granted here and counted there are not the same instant: a first post that reaches the server late would make
    // the eleventh look early. A second of distance from the server's per-room window edge absorbs that.
    private static readonly TimeSpan RoomWindowMargin = TimeSpan.FromSeconds(1);

    private readonly int _roomLimit;
    private readonly TimeSpan _roomWindow;
    private readonly Dictionary<long, Queue<DateTimeOffset>> _roomPosts = [];

    public RoomPostLimit(ChatworkOptions options)
    {
        _roomLimit = options.RoomPostsPerWindow;
        _roomWindow = options.RoomPostWindow + RoomWindowMargin;
    }

    /// <summary>When a post to <paramref name="roomId"/> may go next: <paramref name="now"/> unless the room is at its limit.</summary>
    public DateTimeOffset NextPostAt(long roomId, DateTimeOffset now) =>
        _roomPosts.TryGetValue(roomId, out var log) && CountRecent(log, now) >= _roomLimit ? log.Peek() + _roomWindow : now;

    /// <summary>Counts a post to <paramref name="roomId"/> sent at <paramref name="now"/>; call only when <see cref="NextPostAt"/> allowed it.</summary>
    public void Record(long roomId, DateTimeOffset now)
    {
        if (!_roomPosts.TryGetValue(roomId, out var log))
        {
            log = new Queue<DateTimeOffset>(_roomLimit);
            _roomPosts[roomId] = log;
        }

        log.Enqueue(now);
    }

    /// <summary>Rooms at their posting limit now.</summary>
    public int Throttled(DateTimeOffset now) => _roomPosts.Values.Count(log => CountRecent(log, now) >= _roomLimit);

    private int CountRecent(Queue<DateTimeOffset> log, DateTimeOffset now)
    {
        while (log.Count > 0 && log.Peek() + _roomWindow <= now)
        {
            log.Dequeue();
        }

        return log.Count;
    }
}
