using ChatworkGuard.Emulator.Wire;

namespace ChatworkGuard.Emulator.State;

/// <summary>Messages: read (force=0/1), post, edit, delete. The hot path of the emulator: no LINQ, one room lock.</summary>
internal sealed partial class EmulatorState
{
    public MessageRead ListMessages(ApiCaller caller, long roomId, bool force)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionGetMessages);
        var hiddenBefore = HiddenBefore(caller.Account);
        var result = new List<MessageDto>(EmulatorDefaults.MaxListItems);
        lock (room.Gate)
        {
            MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionGetMessages);
            var limited = HasHidden(room, hiddenBefore);
            var key = _options.ForceZeroCursorScope == ForceZeroCursorScope.PerToken ? "t:" + caller.Token : "a:" + caller.Account.Id;
            if (force)
            {
                CollectLatest(room, hiddenBefore, result);
                if (_options.ForceOneMovesCursor)
                {
                    room.Cursors[key] = room.ChangeSeq;
                }
            }
            else if (room.Cursors.TryGetValue(key, out var cursor))
            {
                room.Cursors[key] = CollectSince(room, cursor, hiddenBefore, result);
            }
            else if (_options.ForceZeroFirstCall == ForceZeroFirstCall.Latest)
            {
                CollectLatest(room, hiddenBefore, result);
                room.Cursors[key] = room.ChangeSeq;
            }
            else
            {
                room.Cursors[key] = CollectSince(room, 0, hiddenBefore, result);
            }

            return new MessageRead(result, limited);
        }
    }

    public (MessageDto? Message, bool Limited) GetMessage(ApiCaller caller, long roomId, long messageId)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionGetMessages);
        var hiddenBefore = HiddenBefore(caller.Account);
        lock (room.Gate)
        {
            MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionGetMessages);
            if (!room.TryGetMessage(messageId, out var message) || !Room.IsVisible(message, _options.DeletedMessageBehavior))
            {
                return (null, false);
            }

            return message.SendTime < hiddenBefore ? (null, true) : (message.Dto, false);
        }
    }

    /// <summary>Posts as <paramref name="account"/>; <paramref name="enforcePostLimit"/> is false for the control API.</summary>
    public StoredMessage PostMessage(Account account, long roomId, string body, bool selfUnread, bool enforcePostLimit)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionSendEdit);
        StoredMessage message;
        long[] memberIds;
        lock (room.Gate)
        {
            var member = MemberOrLost(room, account.Id, ApiErrors.NoPermissionSendEdit);
            if (member.Role == RoomRole.Readonly)
            {
                throw ApiException.Forbidden(ApiErrors.NoPermissionSendEdit);
            }

            if (enforcePostLimit && !room.PostLimiter.TryAcquire(_time.GetUtcNow()))
            {
                throw new ApiException(429, ApiErrors.RoomPostLimit);
            }

            message = Append(room, account, body);
            if (!selfUnread)
            {
                member.ReadUpTo = message.Id;
            }

            memberIds = [.. room.Members.Keys];
        }

        _events.MessageCreated(room.Id, message, memberIds);
        return message;
    }

    /// <summary>Edits a message; only its author may (same as the UI, [UNCONFIRMED] for the API).
    /// A null <paramref name="account"/> (control API) edits as the author.</summary>
    public StoredMessage EditMessage(Account? account, long roomId, long messageId, string body)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionSendEdit);
        StoredMessage edited;
        long[] memberIds;
        lock (room.Gate)
        {
            var message = FindOwnMessage(room, account, messageId, ApiErrors.NoPermissionSendEdit);
            var now = NowUnix;
            edited = message.Edited(body, now, ++room.ChangeSeq);
            room.Messages[room.MessageIndex[messageId]] = edited;
            if (_options.EditsMoveLastUpdateTime)
            {
                room.LastUpdateTime = now;
            }

            memberIds = [.. room.Members.Keys];
        }

        _events.MessageUpdated(room.Id, edited, memberIds);
        return edited;
    }

    /// <summary>Deletes a message (no webhook fires for deletions, §7). A null <paramref name="account"/> deletes as the author.</summary>
    public void DeleteMessage(Account? account, long roomId, long messageId)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionSendEdit);
        lock (room.Gate)
        {
            var message = FindOwnMessage(room, account, messageId, ApiErrors.NoPermissionDeleteMessage);
            var now = NowUnix;
            var tombstone = _options.DeletedMessageBehavior == DeletedMessageBehavior.Tombstone;
            room.Messages[room.MessageIndex[messageId]] = message.AsDeleted(tombstone, now, tombstone ? ++room.ChangeSeq : message.ChangeSeq);
            if (!tombstone)
            {
                room.VisibleCount--;
            }

            if (_options.DeletionsMoveLastUpdateTime)
            {
                room.LastUpdateTime = now;
            }
        }
    }

    private StoredMessage FindOwnMessage(Room room, Account? account, long messageId, string deniedText)
    {
        if (room.Deleted)
        {
            throw new ApiException(_options.LostRoomStatusCode, ApiErrors.NoPermissionSendEdit);
        }

        RoomMember? member = null;
        if (account is not null)
        {
            member = MemberOrLost(room, account.Id, ApiErrors.NoPermissionSendEdit);
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
