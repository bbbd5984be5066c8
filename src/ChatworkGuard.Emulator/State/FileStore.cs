namespace ChatworkGuard.Emulator.State;

/// <summary>Files: bytes are kept so that download URLs serve them back. Files live in their room, under its lock.</summary>
internal sealed class FileStore(RoomRegistry rooms, MessageStore messages, EmulatorOptions options, TimeProvider time, IRoomEventSink events)
{
    private readonly IdSequence _fileIds = new(2_150_000_001);

    public long Upload(Account account, long roomId, string fileName, byte[] content, string? message, bool enforcePostLimit)
    {
        if (content.LongLength > options.MaxFileSize)
        {
            throw ApiException.BadRequest(ApiErrors.FileTooLarge(options.MaxFileSize));
        }

        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionSendEdit);
        StoredMessage uploaded;
        long fileId;
        long[] memberIds;
        lock (room.Gate)
        {
            var member = rooms.MemberOrLost(room, account.Id, ApiErrors.NoPermissionSendEdit);
            member.RequireCanPost();
            if (enforcePostLimit && options.FileUploadsCountTowardPostLimit)
            {
                room.TakePostSlot(time.GetUtcNow());
            }

            fileId = _fileIds.Next();
            uploaded = messages.Append(room, account, SystemMessages.FileUploaded(fileId, fileName, content.LongLength, message));
            room.Files.Add(new StoredFile(fileId, room.Id, account, uploaded.Id, fileName, content, uploaded.SendTime));
            member.ReadUpTo = uploaded.Id;
            memberIds = [.. room.Members.Keys];
        }

        events.MessageCreated(room.Id, uploaded, memberIds);
        return fileId;
    }

    public List<FileDto> List(ApiCaller caller, long roomId, long? uploaderId)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            rooms.MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            return [.. room.Files
                .Where(f => uploaderId is null || f.Uploader.Id == uploaderId)
                .Take(ApiLimits.MaxListItems)
                .Select(f => f.ToDto(null))];
        }
    }

    public StoredFile Get(ApiCaller caller, long roomId, long fileId)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            rooms.MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            return room.Files.Find(f => f.Id == fileId) ?? throw ApiException.NotFound(ApiErrors.FileNotFound);
        }
    }

    /// <summary>The file behind a signed download URL, or null once its room or the file is gone (a deleted file's
    /// URLs keep working only with <see cref="EmulatorOptions.DeletedFileUrlsKeepWorking"/>).</summary>
    public StoredFile? Find(long roomId, long fileId)
    {
        if (rooms.Find(roomId) is not { } room)
        {
            return null;
        }

        lock (room.Gate)
        {
            return room.Deleted ? null
                : room.Files.Find(f => f.Id == fileId)
                ?? (options.DeletedFileUrlsKeepWorking ? room.DeletedFiles.Find(f => f.Id == fileId) : null);
        }
    }

    /// <summary>Removes a file from its room (as the UI's delete does); false when there is no such file.</summary>
    public bool Delete(long roomId, long fileId)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            var file = room.Files.Find(f => f.Id == fileId);
            if (file is null)
            {
                return false;
            }

            room.Files.Remove(file);
            room.DeletedFiles.Add(file);
            return true;
        }
    }

    /// <summary>Makes the file's download serve other bytes; false when there is no such file.</summary>
    public bool ReplaceDownload(long roomId, long fileId, ServedDownload served)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            if (room.Files.Find(f => f.Id == fileId) is not { } file)
            {
                return false;
            }

            file.Served = served;
            return true;
        }
    }
}
