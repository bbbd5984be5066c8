using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ChatworkGuard.Emulator.State;

/// <summary>The emulated Chatwork world, in memory. Locking: <see cref="_gate"/> guards accounts, tokens,
/// contacts and contact requests; each room has its own lock for its contents. A thread may take a room
/// lock while holding the world lock, never the other way round.</summary>
internal sealed partial class EmulatorState
{
    private readonly Lock _gate = new();
    private readonly EmulatorOptions _options;
    private readonly TimeProvider _time;
    private readonly IRoomEventSink _events;
    private readonly MessageIdGenerator _messageIds;
    private readonly IdSequence _accountIds = new(10_000_001);
    private readonly IdSequence _roomIds = new(300_000_001);
    private readonly IdSequence _taskIds = new(140_000_001);
    private readonly IdSequence _fileIds = new(2_150_000_001);
    private readonly IdSequence _requestIds = new(38_000_001);
    private readonly IdSequence _organizationIds = new(1_001);
    private readonly Dictionary<long, Account> _accounts = [];
    private readonly ConcurrentDictionary<string, Account> _accountsByToken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, Room> _rooms = new();
    private readonly Dictionary<long, IncomingRequest> _requests = [];
    private readonly Dictionary<string, long> _organizations = new(StringComparer.Ordinal);

    public EmulatorState(EmulatorOptions options, TimeProvider timeProvider, IRoomEventSink events)
    {
        _options = options;
        _time = timeProvider;
        _events = events;
        _messageIds = new MessageIdGenerator(timeProvider);
    }

    public EmulatorOptions Options => _options;

    public TimeProvider Time => _time;

    public long NowUnix => _time.GetUtcNow().ToUnixTimeSeconds();

    public ApiCaller? Authenticate(string token) =>
        token.Length > 0 && _accountsByToken.TryGetValue(token, out var account) ? new ApiCaller(account, token) : null;

    public Account RequireAccount(long accountId)
    {
        lock (_gate)
        {
            return _accounts.TryGetValue(accountId, out var account)
                ? account
                : throw ApiException.NotFound($"Account {accountId} does not exist");
        }
    }

    public Account? FindAccount(long accountId)
    {
        lock (_gate)
        {
            return _accounts.GetValueOrDefault(accountId);
        }
    }

    public IReadOnlyList<Account> AllAccounts()
    {
        lock (_gate)
        {
            return [.. _accounts.Values];
        }
    }

    public string FirstToken(Account account)
    {
        lock (_gate)
        {
            return account.Tokens.Count > 0 ? account.Tokens[0] : "";
        }
    }

    /// <summary>The room, or the lost-room error: a deleted room and one that never existed look the same.</summary>
    private Room RoomOrLost(long roomId, string deniedText) =>
        _rooms.TryGetValue(roomId, out var room) ? room : throw new ApiException(_options.LostRoomStatusCode, deniedText);

    /// <summary>The caller's membership; must hold the room lock. Non-members get the lost-room error.</summary>
    private RoomMember MemberOrLost(Room room, long accountId, string deniedText) =>
        !room.Deleted && room.Members.TryGetValue(accountId, out var member)
            ? member
            : throw new ApiException(_options.LostRoomStatusCode, deniedText);

    private static void RequireAdmin(RoomMember member)
    {
        if (member.Role != RoomRole.Admin)
        {
            throw ApiException.Forbidden(ApiErrors.AdminRequired);
        }
    }

    private Room NewRoom(RoomType type, string name, string description, string iconPreset)
    {
        var room = new Room(_roomIds.Next(), type, name, description, iconPreset, _options)
        {
            LastUpdateTime = NowUnix,
        };
        return room;
    }

    /// <summary>Appends a message; must hold the room lock.</summary>
    private StoredMessage Append(Room room, Account author, string body)
    {
        var now = NowUnix;
        var seq = ++room.ChangeSeq;
        var message = new StoredMessage(_messageIds.Next(), author, body, now, 0, seq, seq, deleted: false);
        room.MessageIndex[message.Id] = room.Messages.Count;
        room.Messages.Add(message);
        room.VisibleCount++;
        room.LastUpdateTime = now;
        return message;
    }

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
