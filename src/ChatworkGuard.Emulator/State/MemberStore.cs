namespace ChatworkGuard.Emulator.State;

/// <summary>Room members and their roles. Replacing the member list takes the accounts lock and then the room's
/// lock, in the order of <see cref="EmulatorState"/>, so that the contact rule and the change see the same contacts.</summary>
internal sealed class MemberStore(RoomRegistry rooms, AccountStore accounts)
{
    public List<MemberDto> List(ApiCaller caller, long roomId)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            rooms.MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            return [.. room.Members.Values.OrderBy(m => m.Account.Id).Select(m => m.Account.ToMember(m.Role))];
        }
    }

    /// <summary>PUT /rooms/{id}/members: replaces the whole list; anyone left out is removed ([UNCONFIRMED] but implied).</summary>
    public MembersChangeDto Replace(ApiCaller caller, long roomId, IReadOnlyList<long> admins, IReadOnlyList<long> members, IReadOnlyList<long> readonlys)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (accounts.Gate)
        {
            lock (room.Gate)
            {
                rooms.MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom).RequireAdmin();
                room.RequireGroup();
                var roles = RoleLists.Merge(admins, members, readonlys);
                var invalid = roles.Keys
                    .Where(id => !room.Members.ContainsKey(id) && (accounts.FindLocked(id) is null || !accounts.CanInviteLocked(caller.Account, id)))
                    .ToList();
                if (invalid.Count > 0)
                {
                    throw ApiException.BadRequest(ApiErrors.InvalidAccounts("members_admin_ids", invalid));
                }

                foreach (var gone in room.Members.Keys.Where(id => !roles.ContainsKey(id)).ToList())
                {
                    room.Members.Remove(gone);
                }

                foreach (var (id, role) in roles)
                {
                    SetRole(room, accounts.FindLocked(id)!, role);
                }

                return new MembersChangeDto(IdsWith(room, RoomRole.Admin), IdsWith(room, RoomRole.Member), IdsWith(room, RoomRole.Readonly));
            }
        }
    }

    /// <summary>Control: adds an account to a room (or changes its role) without the contact rule.</summary>
    public void Add(long roomId, long accountId, RoomRole role)
    {
        var account = accounts.Require(accountId);
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            if (room.Deleted)
            {
                throw ApiException.NotFound($"Room {roomId} does not exist");
            }

            SetRole(room, account, role);
        }
    }

    /// <summary>Control: removes an account from a room; it keeps its tasks and files, unlike leaving.</summary>
    public void Remove(long roomId, long accountId)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            if (room.Deleted || !room.Members.Remove(accountId))
            {
                throw ApiException.NotFound($"Account {accountId} is not a member of room {roomId}");
            }
        }
    }

    /// <summary>Control: member account ids of a live room with their roles; ignores permissions.</summary>
    public IReadOnlyDictionary<long, RoomRole> Inspect(long roomId)
    {
        var room = rooms.RoomOrNotFound(roomId);
        lock (room.Gate)
        {
            return room.Members.ToDictionary(m => m.Key, m => m.Value.Role);
        }
    }

    /// <summary>Changes an existing member's role, keeping its read position, or adds the account; must hold the room lock.</summary>
    private static void SetRole(Room room, Account account, RoomRole role)
    {
        if (room.Members.TryGetValue(account.Id, out var existing))
        {
            existing.Role = role;
        }
        else
        {
            room.Members[account.Id] = new RoomMember(account, role);
        }
    }

    private static List<long> IdsWith(Room room, RoomRole role) =>
        [.. room.Members.Values.Where(m => m.Role == role).Select(m => m.Account.Id).Order()];
}
