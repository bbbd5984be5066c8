namespace ChatworkGuard.Emulator.State;

/// <summary>Group chats and the room views: create, list, get, change, leave or delete. Creating a group chat
/// takes the accounts lock and then the new room's lock, in the order of <see cref="EmulatorState"/>.</summary>
internal sealed class RoomStore(RoomRegistry rooms, AccountStore accounts, LinkStore links, MessageStore messages, ReadStateStore readState)
{
    /// <summary>Creates a group chat. The creator becomes an admin if the lists leave them out ([UNCONFIRMED] §2).
    /// With <paramref name="requireContacts"/>, every member must be a contact or in the creator's organization.</summary>
    public long CreateGroup(Account creator, GroupRoomSpec spec, bool requireContacts)
    {
        lock (accounts.Gate)
        {
            var roles = RoleLists.Merge(spec.AdminIds, spec.MemberIds, spec.ReadonlyIds);
            roles.TryAdd(creator.Id, RoomRole.Admin);
            var invalid = roles.Keys
                .Where(id => accounts.FindLocked(id) is null || (requireContacts && !accounts.CanInviteLocked(creator, id)))
                .ToList();
            if (invalid.Count > 0)
            {
                throw ApiException.BadRequest(ApiErrors.InvalidAccounts("members", invalid));
            }

            var room = rooms.New(RoomType.Group, spec.Name, spec.Description, spec.IconPreset);
            lock (room.Gate)
            {
                foreach (var (id, role) in roles)
                {
                    room.Members[id] = new RoomMember(accounts.FindLocked(id)!, role);
                }

                if (spec.Link)
                {
                    room.Link = new RoomLink(links.Claim(spec.LinkCode, room.Id), spec.LinkNeedAcceptance, "");
                }

                var others = roles.Keys.Where(id => id != creator.Id).ToList();
                var created = messages.Append(room, creator, SystemMessages.RoomCreated(spec.Name, others.Count > 0 ? others : [creator.Id]));
                room.Members[creator.Id].ReadUpTo = created.Id;
            }

            rooms.Add(room);
            return room.Id;
        }
    }

    public List<RoomDto> List(Account account)
    {
        var list = new List<RoomDto>();
        foreach (var room in rooms.InIdOrder())
        {
            lock (room.Gate)
            {
                if (!room.Deleted && room.Members.TryGetValue(account.Id, out var member))
                {
                    list.Add(ToDto(room, member, withDescription: false));
                }
            }
        }

        return list;
    }

    public RoomDto Get(ApiCaller caller, long roomId)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            return ToDto(room, rooms.MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom), withDescription: true);
        }
    }

    public void Update(ApiCaller caller, long roomId, string? name, string? description, string? iconPreset)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            var member = rooms.MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            room.RequireGroup();
            member.RequireAdmin();
            room.Name = name ?? room.Name;
            room.Description = description ?? room.Description;
            room.IconPreset = iconPreset ?? room.IconPreset;
        }
    }

    /// <summary>DELETE /rooms/{id}: leave deletes the caller's tasks and files there; delete removes the room for everyone.</summary>
    public void LeaveOrDelete(ApiCaller caller, long roomId, bool delete)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            var member = rooms.MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            room.RequireGroup();
            if (delete)
            {
                member.RequireAdmin();
                DeleteLocked(room);
                return;
            }

            var id = caller.Account.Id;
            room.Members.Remove(id);
            room.Tasks.RemoveAll(t => t.Assignee.Id == id);
            room.Files.RemoveAll(f => f.Uploader.Id == id);
        }
    }

    /// <summary>Control: deletes a room for everyone.</summary>
    public void Delete(long roomId)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            DeleteLocked(room);
        }
    }

    /// <summary>Whether a room is live (not deleted).</summary>
    public bool Exists(long roomId) => rooms.Exists(roomId);

    private void DeleteLocked(Room room)
    {
        room.Deleted = true;
        rooms.Remove(room);
        links.Release(room);
    }

    private RoomDto ToDto(Room room, RoomMember member, bool withDescription)
    {
        var (unread, mention) = readState.Counts(room, member);
        return new RoomDto(
            room.Id,
            room.NameFor(member.Account.Id),
            RoleNames.Of(room.Type),
            RoleNames.Of(member.Role),
            room.Type == RoomType.My,
            unread,
            mention,
            room.OpenTasksAssignedTo(member.Account.Id),
            room.VisibleCount,
            room.Files.Count,
            room.Tasks.Count,
            room.IconPathFor(member.Account),
            room.LastUpdateTime,
            withDescription ? room.Description : null);
    }
}
