using ChatworkGuard.Emulator.Wire;

namespace ChatworkGuard.Emulator.State;

/// <summary>Rooms: create, list, change, leave or delete.</summary>
internal sealed partial class EmulatorState
{
    /// <summary>Creates a group chat. The creator becomes an admin if the lists leave them out ([UNCONFIRMED] §2).
    /// With <paramref name="requireContacts"/>, every member must be a contact or in the creator's organization.</summary>
    public long CreateGroupRoom(Account creator, GroupRoomSpec spec, bool requireContacts)
    {
        lock (_gate)
        {
            var roles = new Dictionary<long, RoomRole>();
            foreach (var (ids, role) in new[] { (spec.AdminIds, RoomRole.Admin), (spec.MemberIds, RoomRole.Member), (spec.ReadonlyIds, RoomRole.Readonly) })
            {
                foreach (var id in ids)
                {
                    roles.TryAdd(id, role);
                }
            }

            roles.TryAdd(creator.Id, RoomRole.Admin);
            var invalid = roles.Keys.Where(id => !_accounts.ContainsKey(id) || (requireContacts && !CanInvite(creator, id))).ToList();
            if (invalid.Count > 0)
            {
                throw ApiException.BadRequest(ApiErrors.InvalidAccounts("members", invalid));
            }

            var room = NewRoom(RoomType.Group, spec.Name, spec.Description, spec.IconPreset);
            lock (room.Gate)
            {
                foreach (var (id, role) in roles)
                {
                    room.Members[id] = new RoomMember(_accounts[id], role);
                }

                if (spec.Link)
                {
                    room.Link = new RoomLink(ClaimLinkCode(spec.LinkCode, room.Id), spec.LinkNeedAcceptance, "");
                }

                var others = roles.Keys.Where(id => id != creator.Id).ToList();
                var created = Append(room, creator, SystemMessages.RoomCreated(spec.Name, others.Count > 0 ? others : [creator.Id]));
                room.Members[creator.Id].ReadUpTo = created.Id;
            }

            _rooms[room.Id] = room;
            return room.Id;
        }
    }

    public List<RoomDto> ListRooms(Account account)
    {
        var rooms = new List<RoomDto>();
        foreach (var room in _rooms.Values.OrderBy(r => r.Id))
        {
            lock (room.Gate)
            {
                if (!room.Deleted && room.Members.TryGetValue(account.Id, out var member))
                {
                    rooms.Add(ToRoomDto(room, member, withDescription: false));
                }
            }
        }

        return rooms;
    }

    public RoomDto GetRoom(ApiCaller caller, long roomId)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            return ToRoomDto(room, MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom), withDescription: true);
        }
    }

    public void UpdateRoom(ApiCaller caller, long roomId, string? name, string? description, string? iconPreset)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            var member = MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            if (room.Type != RoomType.Group)
            {
                throw ApiException.BadRequest(ApiErrors.GroupChatOnly);
            }

            RequireAdmin(member);
            room.Name = name ?? room.Name;
            room.Description = description ?? room.Description;
            room.IconPreset = iconPreset ?? room.IconPreset;
        }
    }

    /// <summary>DELETE /rooms/{id}: leave deletes the caller's tasks and files there; delete removes the room for everyone.</summary>
    public void LeaveOrDeleteRoom(ApiCaller caller, long roomId, bool delete)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            var member = MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            if (room.Type != RoomType.Group)
            {
                throw ApiException.BadRequest(ApiErrors.GroupChatOnly);
            }

            if (delete)
            {
                RequireAdmin(member);
                DeleteLocked(room);
                return;
            }

            var id = caller.Account.Id;
            room.Members.Remove(id);
            room.Tasks.RemoveAll(t => t.Assignee.Id == id);
            room.Files.RemoveAll(f => f.Uploader.Id == id);
        }
    }

    public List<MemberDto> GetMembers(ApiCaller caller, long roomId)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            return [.. room.Members.Values.OrderBy(m => m.Account.Id).Select(m => m.Account.ToMember(m.Role))];
        }
    }

    /// <summary>PUT /rooms/{id}/members: replaces the whole list; anyone left out is removed ([UNCONFIRMED] but implied).</summary>
    public MembersChangeDto ReplaceMembers(ApiCaller caller, long roomId, IReadOnlyList<long> admins, IReadOnlyList<long> members, IReadOnlyList<long> readonlys)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (_gate)
        {
            lock (room.Gate)
            {
                RequireAdmin(MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom));
                if (room.Type != RoomType.Group)
                {
                    throw ApiException.BadRequest(ApiErrors.GroupChatOnly);
                }

                var roles = new Dictionary<long, RoomRole>();
                foreach (var (ids, role) in new[] { (admins, RoomRole.Admin), (members, RoomRole.Member), (readonlys, RoomRole.Readonly) })
                {
                    foreach (var id in ids)
                    {
                        roles.TryAdd(id, role);
                    }
                }

                var invalid = roles.Keys
                    .Where(id => !room.Members.ContainsKey(id) && (!_accounts.ContainsKey(id) || !CanInvite(caller.Account, id)))
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
                    if (room.Members.TryGetValue(id, out var existing))
                    {
                        existing.Role = role;
                    }
                    else
                    {
                        room.Members[id] = new RoomMember(_accounts[id], role);
                    }
                }

                return new MembersChangeDto(IdsWith(room, RoomRole.Admin), IdsWith(room, RoomRole.Member), IdsWith(room, RoomRole.Readonly));
            }
        }
    }

    /// <summary>Control: adds an account to a room (or changes its role) without the contact rule.</summary>
    public void AddMember(long roomId, long accountId, RoomRole role)
    {
        var account = RequireAccount(accountId);
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            if (room.Deleted)
            {
                throw ApiException.NotFound($"Room {roomId} does not exist");
            }

            if (room.Members.TryGetValue(accountId, out var existing))
            {
                existing.Role = role;
            }
            else
            {
                room.Members[accountId] = new RoomMember(account, role);
            }
        }
    }

    /// <summary>Control: removes an account from a room; it keeps its tasks and files, unlike leaving.</summary>
    public void RemoveMember(long roomId, long accountId)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            if (room.Deleted || !room.Members.Remove(accountId))
            {
                throw ApiException.NotFound($"Account {accountId} is not a member of room {roomId}");
            }
        }
    }

    /// <summary>Control: deletes a room for everyone.</summary>
    public void DeleteRoom(long roomId)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            DeleteLocked(room);
        }
    }

    private void DeleteLocked(Room room)
    {
        room.Deleted = true;
        _rooms.TryRemove(room.Id, out _);
        if (room.Link is { } link)
        {
            _linkCodes.TryRemove(link.Code, out _);
        }
    }

    private static List<long> IdsWith(Room room, RoomRole role) =>
        [.. room.Members.Values.Where(m => m.Role == role).Select(m => m.Account.Id).Order()];

    private RoomDto ToRoomDto(Room room, RoomMember member, bool withDescription)
    {
        var (unread, mention) = ReadCounts(room, member);
        var myTasks = 0;
        foreach (var task in room.Tasks)
        {
            if (!task.Done && task.Assignee.Id == member.Account.Id)
            {
                myTasks++;
            }
        }

        return new RoomDto(
            room.Id,
            room.NameFor(member.Account.Id),
            RoleNames.Of(room.Type),
            RoleNames.Of(member.Role),
            room.Type == RoomType.My,
            unread,
            mention,
            myTasks,
            room.VisibleCount,
            room.Files.Count,
            room.Tasks.Count,
            room.IconPathFor(member.Account),
            room.LastUpdateTime,
            withDescription ? room.Description : null);
    }
}
