namespace ChatworkGuard.Bot.Files;

/// <summary>
/// Archives one room file: <c>GET /rooms/{id}/files/{file_id}?create_download_url=1</c> (one API call, at the file
/// reader's priority), the bytes from that URL into the blob store, and a <c>file-archived</c> record — or, after
/// <see cref="MaxAttempts"/> attempts, a <c>file-unavailable</c> record with the reason.
/// </summary>
internal sealed partial class FileArchiver(IChatworkFileReader files, FileDownloader downloader, ArchivedFileIndex index, MessageIngestor ingestor, IOptions<StorageOptions> storage, TimeProvider time, ILogger<FileArchiver> logger)
{
    /// <summary>Attempts per file; a new download URL (another API call) is asked for only when the last one expired.</summary>
    public const int MaxAttempts = 3;

    /// <summary>Archives the file unless the room's chain already has a record of it; returns the records added (0 or 1).</summary>
    public async Task<int> ArchiveAsync(long roomId, long fileId, RecordSource source, CancellationToken cancellationToken)
    {
        var room = await index.GetAsync(roomId, cancellationToken);
        if (room.IsSettled(fileId))
        {
            return 0;
        }

        await room.Gate.WaitAsync(cancellationToken);
        try
        {
            if (room.IsSettled(fileId))
            {
                return 0;
            }

            var draft = await FetchAsync(roomId, fileId, source, cancellationToken);
            var results = await ingestor.ArchiveAsync([draft], cancellationToken);
            room.Settle(fileId, ArchivedFileIndex.IsPresent(draft.Kind, FileRecordDetails.TryParse(draft.Details)?.Reason));
            return results.Count(r => r.Added);
        }
        finally
        {
            room.Gate.Release();
        }
    }

    /// <summary>Archives a <c>file-deleted</c> record for a file the archive had that the API no longer knows.</summary>
    public async Task<int> MarkDeletedAsync(long roomId, long fileId, RecordSource source, CancellationToken cancellationToken)
    {
        var room = await index.GetAsync(roomId, cancellationToken);
        var draft = new RecordDraft
        {
            RoomId = roomId,
            Kind = RecordKind.FileDeleted,
            ObservedAt = time.GetUtcNow(),
            Source = source,
            Details = new FileRecordDetails(fileId, null, null, null, null, null, null, null).ToJson(),
            IdempotencyKey = Key("file-deleted", fileId),
        };
        var results = await ingestor.ArchiveAsync([draft], cancellationToken);
        room.Settle(fileId, present: false);
        Log.FileDeleted(logger, roomId, fileId);
        return results.Count(r => r.Added);
    }

    private async Task<RecordDraft> FetchAsync(long roomId, long fileId, RecordSource source, CancellationToken cancellationToken)
    {
        var maxBytes = storage.Value.MaxFileBytes;
        ChatworkFile? file = null;
        DownloadOutcome? outcome = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (file is null || outcome is { NeedsNewUrl: true })
            {
                try
                {
                    file = await files.GetFileAsync(roomId, fileId, createDownloadUrl: true, cancellationToken);
                }
                catch (ChatworkApiException error) when (error.IsNotFound)
                {
                    return Unavailable(roomId, fileId, file, FileUnavailableReason.NotFound, "GET /rooms/{id}/files/{file_id} answered 404: the file is gone.", null, source);
                }
            }

            if (string.IsNullOrEmpty(file.DownloadUrl) || !Uri.TryCreate(file.DownloadUrl, UriKind.Absolute, out var url))
            {
                return Unavailable(roomId, fileId, file, FileUnavailableReason.DownloadFailed, "The API returned no usable download_url.", null, source);
            }

            outcome = await downloader.DownloadAsync(url, file.Filename, file.Filesize, maxBytes, cancellationToken);
            if (outcome.IsArchived)
            {
                Log.FileArchived(logger, roomId, fileId, outcome.Blob!.Size);
                return Draft(roomId, RecordKind.FileArchived, file, outcome.Blob.Sha256, source) with { IdempotencyKey = Key("file-archived", fileId) };
            }

            if (!outcome.Retry)
            {
                break;
            }
        }

        return Unavailable(roomId, fileId, file, outcome!.Reason!.Value, outcome.ReasonText!, outcome.Blob, source);
    }

    private RecordDraft Unavailable(long roomId, long fileId, ChatworkFile? file, FileUnavailableReason reason, string text, Archive.Blobs.StoredBlob? received, RecordSource source)
    {
        Log.FileUnavailable(logger, roomId, fileId, reason.ToWireName());
        var listed = file ?? new ChatworkFile { FileId = fileId };
        var draft = Draft(roomId, RecordKind.FileUnavailable, listed, received?.Sha256, source);
        var details = FileRecordDetails.TryParse(draft.Details)! with
        {
            Reason = reason.ToWireName(),
            ReasonText = text,
            ReceivedSize = received is not null && received.Size != listed.Filesize ? received.Size : null,
        };
        return draft with { Details = details.ToJson(), IdempotencyKey = Key("file-unavailable", fileId) };
    }

    private RecordDraft Draft(long roomId, RecordKind kind, ChatworkFile file, string? sha256, RecordSource source) => new()
    {
        RoomId = roomId,
        Kind = kind,
        AccountId = file.Account.AccountId == 0 ? null : file.Account.AccountId,
        AccountName = string.IsNullOrEmpty(file.Account.Name) ? null : file.Account.Name,
        ObservedAt = time.GetUtcNow(),
        Source = source,
        Details = new FileRecordDetails(
            file.FileId,
            string.IsNullOrEmpty(file.MessageId) ? null : file.MessageId,
            string.IsNullOrEmpty(file.Filename) ? null : file.Filename,
            file.Filename.Length == 0 && file.Filesize == 0 ? null : file.Filesize,
            file.Account.AccountId == 0 ? null : file.Account.AccountId,
            string.IsNullOrEmpty(file.Account.Name) ? null : file.Account.Name,
            file.UploadTime == 0 ? null : file.UploadTime,
            sha256).ToJson(),
    };

    private static string Key(string kind, long fileId) => string.Create(CultureInfo.InvariantCulture, $"{kind}:{fileId}");

    private static partial class Log
    {
        [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Room {RoomId}: file {FileId} archived ({Size} bytes)")]
        public static partial void FileArchived(ILogger logger, long roomId, long fileId, long size);

        [LoggerMessage(EventId = 2302, Level = LogLevel.Warning, Message = "Room {RoomId}: file {FileId} could not be archived ({Reason}); a file-unavailable record was archived")]
        public static partial void FileUnavailable(ILogger logger, long roomId, long fileId, string reason);

        [LoggerMessage(EventId = 2303, Level = LogLevel.Information, Message = "Room {RoomId}: file {FileId} is gone from the room's file list; a file-deleted record was archived")]
        public static partial void FileDeleted(ILogger logger, long roomId, long fileId);
    }
}
