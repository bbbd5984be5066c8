using ChatworkGuard.Emulator.Wire;

namespace ChatworkGuard.Emulator.State;

/// <summary>Files: bytes are kept so that download URLs serve them back.</summary>
internal sealed partial class EmulatorState
{
    public long UploadFile(Account account, long roomId, string fileName, byte[] content, string? message, bool enforcePostLimit)
    {
        if (content.LongLength > _options.MaxFileSize)
        {
            throw ApiException.BadRequest(ApiErrors.FileTooLarge(_options.MaxFileSize));
        }

        var room = RoomOrLost(roomId, ApiErrors.NoPermissionSendEdit);
        StoredMessage uploaded;
        long fileId;
        long[] memberIds;
        lock (room.Gate)
        {
            var member = MemberOrLost(room, account.Id, ApiErrors.NoPermissionSendEdit);
            if (member.Role == RoomRole.Readonly)
            {
                throw ApiException.Forbidden(ApiErrors.NoPermissionSendEdit);
            }

            if (enforcePostLimit && _options.FileUploadsCountTowardPostLimit && !room.PostLimiter.TryAcquire(_time.GetUtcNow()))
            {
                throw new ApiException(429, ApiErrors.RoomPostLimit);
            }

            fileId = _fileIds.Next();
            uploaded = Append(room, account, SystemMessages.FileUploaded(fileId, fileName, content.LongLength, message));
            room.Files.Add(new StoredFile(fileId, room.Id, account, uploaded.Id, fileName, content, uploaded.SendTime));
            member.ReadUpTo = uploaded.Id;
            memberIds = [.. room.Members.Keys];
        }

        _events.MessageCreated(room.Id, uploaded, memberIds);
        return fileId;
    }

    public List<FileDto> ListFiles(ApiCaller caller, long roomId, long? uploaderId)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            return [.. room.Files
                .Where(f => uploaderId is null || f.Uploader.Id == uploaderId)
                .Take(EmulatorDefaults.MaxListItems)
                .Select(f => f.ToDto(null))];
        }
    }

    public StoredFile GetFile(ApiCaller caller, long roomId, long fileId)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            return room.Files.Find(f => f.Id == fileId) ?? throw ApiException.NotFound(ApiErrors.FileNotFound);
        }
    }

    /// <summary>The file behind a signed download URL, or null once its room or the file is gone.</summary>
    public StoredFile? FindFile(long roomId, long fileId)
    {
        if (!_rooms.TryGetValue(roomId, out var room))
        {
            return null;
        }

        lock (room.Gate)
        {
            return room.Deleted ? null : room.Files.Find(f => f.Id == fileId);
        }
    }
}
