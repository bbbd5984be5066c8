using ChatworkGuard.Emulator.Wire;

namespace ChatworkGuard.Emulator.State;

/// <summary>Read positions: unread and mention counts, mark read and unread, and the account-wide status.</summary>
internal sealed partial class EmulatorState
{
    public ReadStateDto MarkRead(ApiCaller caller, long roomId, long? messageId)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            var member = MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            long target;
            if (messageId is { } id)
            {
                target = room.TryGetMessage(id, out var message) && Room.IsVisible(message, _options.DeletedMessageBehavior)
                    ? id
                    : throw ApiException.NotFound(ApiErrors.MessageNotFound);
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
            var (unread, mention) = ReadCounts(room, member);
            return new ReadStateDto(unread, mention);
        }
    }

    public ReadStateDto MarkUnread(ApiCaller caller, long roomId, long messageId)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            var member = MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            if (!room.TryGetMessage(messageId, out var message) || !Room.IsVisible(message, _options.DeletedMessageBehavior))
            {
                throw ApiException.NotFound(ApiErrors.MessageNotFound);
            }

            member.ReadUpTo = messageId - 1;
            var (unread, mention) = ReadCounts(room, member);
            return new ReadStateDto(unread, mention);
        }
    }

    public MyStatusDto MyStatus(Account account)
    {
        int unreadRooms = 0, mentionRooms = 0, taskRooms = 0, unread = 0, mention = 0, tasks = 0;
        foreach (var room in _rooms.Values)
        {
            lock (room.Gate)
            {
                if (room.Deleted || !room.Members.TryGetValue(account.Id, out var member))
                {
                    continue;
                }

                var (roomUnread, roomMention) = ReadCounts(room, member);
                var roomTasks = room.Tasks.Count(t => !t.Done && t.Assignee.Id == account.Id);
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
    private (int Unread, int Mention) ReadCounts(Room room, RoomMember member)
    {
        int unread = 0, mention = 0;
        var messages = room.Messages;
        for (var i = room.FirstIndexAfter(member.ReadUpTo); i < messages.Count; i++)
        {
            var message = messages[i];
            if (!Room.IsVisible(message, _options.DeletedMessageBehavior))
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
}
