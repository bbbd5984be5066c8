namespace ChatworkGuard.Emulator.State;

/// <summary>Invitation links. A room's link lives in the room (under its lock); the codes, unique across
/// rooms, live in a concurrent index that needs no lock of its own.</summary>
internal sealed class LinkStore(RoomRegistry rooms)
{
    private const string CodeAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private readonly ConcurrentDictionary<string, long> _codes = new(StringComparer.Ordinal);

    public LinkDto Get(ApiCaller caller, long roomId)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            rooms.MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            return ToDto(room.Link);
        }
    }

    public LinkDto Create(ApiCaller caller, long roomId, string? code, bool needAcceptance, string description)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            RequireLinkAdmin(room, caller);
            if (room.Link is not null)
            {
                throw ApiException.BadRequest(ApiErrors.LinkExists);
            }

            room.Link = new RoomLink(Claim(code, room.Id), needAcceptance, description);
            return ToDto(room.Link);
        }
    }

    public LinkDto Update(ApiCaller caller, long roomId, string? code, bool? needAcceptance, string? description)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            RequireLinkAdmin(room, caller);
            var link = room.Link ?? throw ApiException.BadRequest(ApiErrors.LinkDisabled);
            if (code is not null && code != link.Code)
            {
                var claimed = Claim(code, room.Id);
                _codes.TryRemove(link.Code, out _);
                link = link with { Code = claimed };
            }

            room.Link = link with
            {
                NeedAcceptance = needAcceptance ?? link.NeedAcceptance,
                Description = description ?? link.Description,
            };
            return ToDto(room.Link);
        }
    }

    public LinkDto Delete(ApiCaller caller, long roomId)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            RequireLinkAdmin(room, caller);
            var link = room.Link ?? throw ApiException.BadRequest(ApiErrors.LinkDisabled);
            _codes.TryRemove(link.Code, out _);
            room.Link = null;
            return ToDto(null);
        }
    }

    /// <summary>Reserves <paramref name="code"/> (or a random one) for a room; refuses a code already in use.</summary>
    public string Claim(string? code, long roomId)
    {
        if (code is not null)
        {
            return _codes.TryAdd(code, roomId) ? code : throw ApiException.BadRequest(ApiErrors.LinkCodeTaken);
        }

        while (true)
        {
            var random = RandomNumberGenerator.GetString(CodeAlphabet, 10);
            if (_codes.TryAdd(random, roomId))
            {
                return random;
            }
        }
    }

    /// <summary>Frees the code of a deleted room's link; must hold the room lock.</summary>
    public void Release(Room room)
    {
        if (room.Link is { } link)
        {
            _codes.TryRemove(link.Code, out _);
        }
    }

    private static LinkDto ToDto(RoomLink? link) => link is null
        ? new LinkDto(false, null, null, null)
        : new LinkDto(true, link.Url, link.NeedAcceptance, link.Description);

    private void RequireLinkAdmin(Room room, ApiCaller caller)
    {
        var member = rooms.MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
        room.RequireGroup();
        member.RequireAdmin();
    }
}
