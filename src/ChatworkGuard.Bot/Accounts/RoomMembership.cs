namespace ChatworkGuard.Bot.Accounts;

/// <summary>
/// Which bot accounts are members of which room, from each account's <c>GET /rooms</c>, and so which account reads and
/// posts in each room (<see cref="RoomOwnership"/>). Every sync cycle lists every account, so an account that leaves a
/// room hands it to another member at the next cycle. A process that has not listed yet (an instance that only receives
/// webhooks) lists once when it first needs an owner, and again when its listing is older than <see cref="StaleAfter"/>.
/// With one account nothing is listed twice: that account owns every room.
/// </summary>
internal sealed class RoomMembership
{
    /// <summary>How old a listing may be before a lookup lists again (the sync cycle lists far more often).</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(5);

    private readonly BotAccounts _accounts;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private Dictionary<long, long[]> _members = [];
    private readonly Dictionary<long, long> _lastOwner = [];
    private DateTimeOffset? _listedAt;

    public RoomMembership(BotAccounts accounts, TimeProvider time)
    {
        _accounts = accounts;
        _time = time;
    }

    /// <summary>Every room any account is in (each once), listing each account at <paramref name="priority"/>; remembers
    /// the members. Fails when any account's list fails: a room missing from a failed list is not lost.</summary>
    public async Task<IReadOnlyList<Room>> ListAsync(RequestPriority priority, CancellationToken cancellationToken)
    {
        if (_accounts.Count == 1)
        {
            return await _accounts.Primary.Client.WithReadPriority(priority).GetRoomsAsync(cancellationToken);
        }

        var rooms = new Dictionary<long, Room>();
        var members = new Dictionary<long, List<long>>();
        foreach (var account in await _accounts.ResolveAsync(cancellationToken))
        {
            foreach (var room in await account.Account.Client.WithReadPriority(priority).GetRoomsAsync(cancellationToken))
            {
                rooms.TryAdd(room.RoomId, room);
                if (!members.TryGetValue(room.RoomId, out var ids))
                {
                    members[room.RoomId] = ids = [];
                }

                ids.Add(account.AccountId);
            }
        }

        lock (_gate)
        {
            _members = members.ToDictionary(m => m.Key, m => m.Value.ToArray());
            foreach (var (roomId, ids) in _members)
            {
                _lastOwner[roomId] = RoomOwnership.OwnerOf(roomId, ids)!.Value;
            }

            _listedAt = _time.GetUtcNow();
        }

        return [.. rooms.Values];
    }

    /// <summary>The bot accounts that listed <paramref name="roomId"/> at the last listing (empty when none did).</summary>
    public IReadOnlyList<long> MembersOf(long roomId)
    {
        lock (_gate)
        {
            return _members.TryGetValue(roomId, out var ids) ? ids : [];
        }
    }

    /// <summary>The account that reads and posts in <paramref name="roomId"/>: its owner among the member accounts; for a
    /// room no account lists now, the one that owned it last (a lost room is confirmed by the account that was in it); the
    /// first account when nothing is known.</summary>
    public async Task<IChatworkClient> ClientForAsync(long roomId, CancellationToken cancellationToken) =>
        _accounts.Count == 1 ? _accounts.Primary.Client : (await OwnerAsync(roomId, cancellationToken))?.Account.Client ?? _accounts.Primary.Client;

    /// <summary>The owning account of <paramref name="roomId"/> as <see cref="ClientForAsync"/> chooses it; null only with
    /// several accounts when none was ever seen in the room.</summary>
    public async Task<BotAccount?> OwnerAsync(long roomId, CancellationToken cancellationToken)
    {
        var accounts = await _accounts.ResolveAsync(cancellationToken);
        if (accounts.Count == 1)
        {
            return accounts[0];
        }

        var ownerId = OwnerId(roomId);
        if (ownerId is null && IsStale())
        {
            await ListAsync(RequestPriority.Read, cancellationToken);
            ownerId = OwnerId(roomId);
        }

        return ownerId is { } id ? accounts.FirstOrDefault(a => a.AccountId == id) : null;
    }

    /// <summary>What a room-snapshot records as the reading account: the owner's id with several accounts, null with one.</summary>
    public async Task<long?> ReadByAsync(long roomId, CancellationToken cancellationToken) =>
        _accounts.Count == 1 ? null : (await OwnerAsync(roomId, cancellationToken))?.AccountId;

    /// <summary>Whether the room's owner is no longer the account its latest snapshot names (an account left or joined
    /// it): the room is then read, and a new snapshot records the new owner.</summary>
    public async Task<bool> ReadByChangedAsync(long roomId, Archive.RoomSnapshotDetails? snapshot, CancellationToken cancellationToken) =>
        _accounts.Count > 1 && snapshot is not null && await ReadByAsync(roomId, cancellationToken) is { } owner && owner != snapshot.ReadBy;

    private long? OwnerId(long roomId)
    {
        lock (_gate)
        {
            return _lastOwner.TryGetValue(roomId, out var id) ? id : null;
        }
    }

    private bool IsStale()
    {
        lock (_gate)
        {
            return _listedAt is not { } at || _time.GetUtcNow() - at >= StaleAfter;
        }
    }
}
