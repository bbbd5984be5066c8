namespace ChatworkGuard.Emulator.State;

/// <summary>Messages: read (force=0/1), post, edit, delete, and the append every kind of post goes through.
/// The hot path of the emulator: no LINQ, one room lock, webhook events raised after it is released.</summary>
internal sealed class MessageStore(RoomRegistry rooms, EmulatorOptions options, TimeProvider time, IRoomEventSink events)
{
    private readonly MessageIdGenerator _messageIds = new(time);
    private readonly MessageWindows _windows = new(options, time);

    public MessageRead List(ApiCaller caller, long roomId, bool force)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionGetMessages);
        var hiddenBefore = _windows.HiddenBefore(caller.Account);
        var result = new List<MessageDto>(ApiLimits.MaxListItems);
        lock (room.Gate)
        {
            rooms.MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionGetMessages);
            var limited = _windows.HasHidden(room, hiddenBefore);
            var key = options.ForceZeroCursorScope == ForceZeroCursorScope.PerToken ? "t:" + caller.Token : "a:" + caller.Account.Id;
            if (force)
            {
                _windows.CollectLatest(room, hiddenBefore, result);
                if (options.ForceOneMovesCursor)
                {
                    room.Cursors[key] = room.ChangeSeq;
                }
            }
            else if (room.Cursors.TryGetValue(key, out var cursor))
            {
                room.Cursors[key] = _windows.CollectSince(room, cursor, hiddenBefore, result);
            }
            else if (options.ForceZeroFirstCall == ForceZeroFirstCall.Latest)
            {
                _windows.CollectLatest(room, hiddenBefore, result);
                room.Cursors[key] = room.ChangeSeq;
            }
            else
            {
                room.Cursors[key] = _windows.CollectSince(room, 0, hiddenBefore, result);
            }

            return new MessageRead(result, limited);
        }
    }

    public (MessageDto? Message, bool Limited) Get(ApiCaller caller, long roomId, long messageId)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionGetMessages);
        var hiddenBefore = _windows.HiddenBefore(caller.Account);
        lock (room.Gate)
        {
            rooms.MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionGetMessages);
            if (!room.TryGetMessage(messageId, out var message) || !Room.IsVisible(message, options.DeletedMessageBehavior))
            {
                return (null, false);
            }

            return message.SendTime < hiddenBefore ? (null, true) : (message.Dto, false);
        }
    }

    /// <summary>Posts as <paramref name="account"/>; <paramref name="enforcePostLimit"/> is false for the control API.</summary>
    public StoredMessage Post(Account account, long roomId, string body, bool selfUnread, bool enforcePostLimit)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionSendEdit);
        StoredMessage message;
        long[] memberIds;
        lock (room.Gate)
        {
            var member = rooms.MemberOrLost(room, account.Id, ApiErrors.NoPermissionSendEdit);
            member.RequireCanPost();
            if (enforcePostLimit)
            {
                room.TakePostSlot(time.GetUtcNow());
            }

            message = Append(room, account, body);
            if (!selfUnread)
            {
                member.ReadUpTo = message.Id;
            }

            memberIds = [.. room.Members.Keys];
        }

        events.MessageCreated(room.Id, message, memberIds);
        return message;
    }

    /// <summary>Edits a message; only its author may (same as the UI, [UNCONFIRMED] for the API).
    /// A null <paramref name="account"/> (control API) edits as the author.</summary>
    public StoredMessage Edit(Account? account, long roomId, long messageId, string body)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionSendEdit);
        StoredMessage edited;
        long[] memberIds;
        lock (room.Gate)
        {
            var message = FindOwnMessage(room, account, messageId, ApiErrors.NoPermissionSendEdit);
            var now = time.GetUtcNow().ToUnixTimeSeconds();
            edited = message.Edited(body, now, ++room.ChangeSeq);
            room.Messages[room.MessageIndex[messageId]] = edited;
            if (options.EditsMoveLastUpdateTime)
            {
                room.LastUpdateTime = now;
            }

            memberIds = [.. room.Members.Keys];
        }

        events.MessageUpdated(room.Id, edited, memberIds);
        return edited;
    }

    /// <summary>Deletes a message (no webhook fires for deletions, §7). A null <paramref name="account"/> deletes as the author.</summary>
    public void Delete(Account? account, long roomId, long messageId)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionSendEdit);
        lock (room.Gate)
        {
            var message = FindOwnMessage(room, account, messageId, ApiErrors.NoPermissionDeleteMessage);
            var now = time.GetUtcNow().ToUnixTimeSeconds();
            var tombstone = options.DeletedMessageBehavior == DeletedMessageBehavior.Tombstone;
            room.Messages[room.MessageIndex[messageId]] = message.AsDeleted(tombstone, now, tombstone ? ++room.ChangeSeq : message.ChangeSeq);
            if (!tombstone)
            {
                room.VisibleCount--;
            }

            if (options.DeletionsMoveLastUpdateTime)
            {
                room.LastUpdateTime = now;
            }
        }
    }

    /// <summary>Control: every message of a room as stored, deleted ones included, oldest first; ignores
    /// permissions and switches.</summary>
    public IReadOnlyList<EmulatedMessage> Inspect(long roomId)
    {
        var room = rooms.RoomOrNotFound(roomId);
        lock (room.Gate)
        {
            var messages = new List<EmulatedMessage>(room.Messages.Count);
            foreach (var message in room.Messages)
            {
                messages.Add(new EmulatedMessage(message.Dto.MessageId, roomId, message.Author.Id, message.Body, message.SendTime, message.UpdateTime, message.Deleted));
            }

            return messages;
        }
    }

    /// <summary>Appends a message (a post, a task or file announcement, the room-created message); must hold
    /// the room lock, or own a room nobody else sees yet.</summary>
    public StoredMessage Append(Room room, Account author, string body)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var seq = ++room.ChangeSeq;
        var message = new StoredMessage(_messageIds.Next(), author, body, now, 0, seq, seq, deleted: false);
        room.MessageIndex[message.Id] = room.Messages.Count;
        room.Messages.Add(message);
        room.VisibleCount++;
        room.LastUpdateTime = now;
        return message;
    }

    private StoredMessage FindOwnMessage(Room room, Account? account, long messageId, string deniedText)
    {
        if (room.Deleted)
        {
            throw new ApiException(options.LostRoomStatusCode, ApiErrors.NoPermissionSendEdit);
        }

        RoomMember? member = null;
        if (account is not null)
        {
            member = rooms.MemberOrLost(room, account.Id, ApiErrors.NoPermissionSendEdit);
        }

        if (!room.TryGetMessage(messageId, out var message) || message.Deleted)
        {
            throw ApiException.NotFound(ApiErrors.MessageNotFound);
        }

        if (member is not null && (message.Author.Id != member.Account.Id || member.Role == RoomRole.Readonly))
        {
            throw ApiException.Forbidden(deniedText);
        }

        return message;
    }
}
