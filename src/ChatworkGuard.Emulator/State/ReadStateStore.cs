namespace ChatworkGuard.Emulator.State;

/// <summary>Read positions: unread and mention counts, mark read and unread, and the account-wide status.
/// A member's read position lives in the room, under its lock.</summary>
internal sealed class ReadStateStore(RoomRegistry rooms, EmulatorOptions options)
{
    public ReadStateDto MarkRead(ApiCaller caller, long roomId, long? messageId)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            var member = rooms.MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            long target;
            if (messageId is { } id)
            {
                target = VisibleMessageOrNotFound(room, id).Id;
            }
            else
            {
                target = room.Messages.Count > 0 ? room.Messages[^1].Id : 0;
            }

            if (target <= member.ReadUpTo)
            {
                throw ApiException.BadRequest(ApiErrors.AlreadyRead);
            }

            member.ReadUpTo = target;
            return ReadStateOf(room, member);
        }
    }

    public ReadStateDto MarkUnread(ApiCaller caller, long roomId, long messageId)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            var member = rooms.MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            VisibleMessageOrNotFound(room, messageId);
            member.ReadUpTo = messageId - 1;
            return ReadStateOf(room, member);
        }
    }

    /// <summary>GET /my/status: the sums over every room of the account, each room locked on its own.</summary>
    public MyStatusDto MyStatus(Account account)
    {
        int unreadRooms = 0, mentionRooms = 0, taskRooms = 0, unread = 0, mention = 0, tasks = 0;
        foreach (var room in rooms.All)
        {
            lock (room.Gate)
            {
                if (room.Deleted || !room.Members.TryGetValue(account.Id, out var member))
                {
                    continue;
                }

                var (roomUnread, roomMention) = Counts(room, member);
                var roomTasks = room.OpenTasksAssignedTo(account.Id);
                unreadRooms += roomUnread > 0 ? 1 : 0;
                mentionRooms += roomMention > 0 ? 1 : 0;
                taskRooms += roomTasks > 0 ? 1 : 0;
                unread += roomUnread;
                mention += roomMention;
                tasks += roomTasks;
            }
        }

        return new MyStatusDto(unreadRooms, mentionRooms, taskRooms, unread, mention, tasks);
    }

    /// <summary>Unread messages after the member's read position, and those of them that mention the member;
    /// must hold the room lock.</summary>
    public (int Unread, int Mention) Counts(Room room, RoomMember member)
    {
        int unread = 0, mention = 0;
        var messages = room.Messages;
        for (var i = room.FirstIndexAfter(member.ReadUpTo); i < messages.Count; i++)
        {
            var message = messages[i];
            if (!Room.IsVisible(message, options.DeletedMessageBehavior))
            {
                continue;
            }

            unread++;
            if (message.MentionsAccount(member.Account.Id))
            {
                mention++;
            }
        }

        return (unread, mention);
    }

    private ReadStateDto ReadStateOf(Room room, RoomMember member)
    {
        var (unread, mention) = Counts(room, member);
        return new ReadStateDto(unread, mention);
    }

    private StoredMessage VisibleMessageOrNotFound(Room room, long messageId) =>
        room.TryGetMessage(messageId, out var message) && Room.IsVisible(message, options.DeletedMessageBehavior)
            ? message
            : throw ApiException.NotFound(ApiErrors.MessageNotFound);
}
