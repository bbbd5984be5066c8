using System.Collections.Concurrent;
using System.Security.Cryptography;
using ChatworkGuard.Emulator.Wire;

namespace ChatworkGuard.Emulator.State;

/// <summary>Invitation links; codes are unique across rooms.</summary>
internal sealed partial class EmulatorState
{
    private const string CodeAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private readonly ConcurrentDictionary<string, long> _linkCodes = new(StringComparer.Ordinal);

    public LinkDto GetLink(ApiCaller caller, long roomId)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            return ToLinkDto(room.Link);
        }
    }

    public LinkDto CreateLink(ApiCaller caller, long roomId, string? code, bool needAcceptance, string description)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            RequireLinkAdmin(room, caller);
            if (room.Link is not null)
            {
                throw ApiException.BadRequest(ApiErrors.LinkExists);
            }

            room.Link = new RoomLink(ClaimLinkCode(code, room.Id), needAcceptance, description);
            return ToLinkDto(room.Link);
        }
    }

    public LinkDto UpdateLink(ApiCaller caller, long roomId, string? code, bool? needAcceptance, string? description)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            RequireLinkAdmin(room, caller);
            var link = room.Link ?? throw ApiException.BadRequest(ApiErrors.LinkDisabled);
            if (code is not null && code != link.Code)
            {
                var claimed = ClaimLinkCode(code, room.Id);
                _linkCodes.TryRemove(link.Code, out _);
                link = link with { Code = claimed };
            }

            room.Link = link with
            {
                NeedAcceptance = needAcceptance ?? link.NeedAcceptance,
                Description = description ?? link.Description,
            };
            return ToLinkDto(room.Link);
        }
    }

    public LinkDto DeleteLink(ApiCaller caller, long roomId)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            RequireLinkAdmin(room, caller);
            var link = room.Link ?? throw ApiException.BadRequest(ApiErrors.LinkDisabled);
            _linkCodes.TryRemove(link.Code, out _);
            room.Link = null;
            return ToLinkDto(null);
        }
    }

    private void RequireLinkAdmin(Room room, ApiCaller caller)
    {
        var member = MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
        if (room.Type != RoomType.Group)
        {
            throw ApiException.BadRequest(ApiErrors.GroupChatOnly);
        }

        RequireAdmin(member);
    }

    private string ClaimLinkCode(string? code, long roomId)
    {
        if (code is not null)
        {
            return _linkCodes.TryAdd(code, roomId) ? code : throw ApiException.BadRequest(ApiErrors.LinkCodeTaken);
        }

        while (true)
        {
            var random = RandomNumberGenerator.GetString(CodeAlphabet, 10);
            if (_linkCodes.TryAdd(random, roomId))
            {
                return random;
            }
        }
    }

    private static LinkDto ToLinkDto(RoomLink? link) => link is null
        ? new LinkDto(false, null, null, null)
        : new LinkDto(true, link.Url, link.NeedAcceptance, link.Description);
}
