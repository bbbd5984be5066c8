namespace ChatworkGuard.Emulator.State;

/// <summary>Every live room by id, and the lookups that turn a missing room or membership into the lost-room
/// error. Takes no lock of its own: the index is a concurrent dictionary and ids come from an atomic counter,
/// so it can be used under any lock of the lock order (see <see cref="EmulatorState"/>).</summary>
internal sealed class RoomRegistry(EmulatorOptions options, TimeProvider time)
{
    private readonly IdSequence _roomIds = new(300_000_001);
    private readonly ConcurrentDictionary<long, Room> _rooms = new();

    /// <summary>Every live room, in no particular order.</summary>
    public ICollection<Room> All => _rooms.Values;

    /// <summary>A new room with the next id; nobody sees it until <see cref="Add"/>, so it is filled in without its lock.</summary>
    public Room New(RoomType type, string name, string description, string iconPreset) =>
        new(_roomIds.Next(), type, name, description, iconPreset, options)
        {
            LastUpdateTime = time.GetUtcNow().ToUnixTimeSeconds(),
        };

    public void Add(Room room) => _rooms[room.Id] = room;

    public void Remove(Room room) => _rooms.TryRemove(room.Id, out _);

    public bool Exists(long roomId) => _rooms.ContainsKey(roomId);

    public Room? Find(long roomId) => _rooms.GetValueOrDefault(roomId);

    /// <summary>Every live room in id order (the order of GET /rooms and /my/tasks).</summary>
    public IEnumerable<Room> InIdOrder() => _rooms.Values.OrderBy(r => r.Id);

    /// <summary>The room, or the lost-room error: a deleted room and one that never existed look the same.</summary>
    public Room RoomOrLost(long roomId, string deniedText) =>
        _rooms.TryGetValue(roomId, out var room) ? room : throw new ApiException(options.LostRoomStatusCode, deniedText);

    /// <summary>The caller's membership; must hold the room lock. Non-members get the lost-room error.</summary>
    public RoomMember MemberOrLost(Room room, long accountId, string deniedText) =>
        !room.Deleted && room.Members.TryGetValue(accountId, out var member)
            ? member
            : throw new ApiException(options.LostRoomStatusCode, deniedText);

    /// <summary>The room for the control API's read-only views, which answer 404 rather than the lost-room error.</summary>
    public Room RoomOrNotFound(long roomId) =>
        _rooms.TryGetValue(roomId, out var room) ? room : throw ApiException.NotFound($"Room {roomId} does not exist");
}
