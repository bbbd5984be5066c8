using System.Text.RegularExpressions;

namespace ChatworkGuard.Bot.Files;

/// <summary>
/// The files hook of syncing: archives the files that new message versions name (<c>[download:ID]</c>), and on joining
/// a room and at resync compares the room's file list with the archive — a listed file not archived yet is archived, an archived file no
/// longer listed (and answering 404) gets <c>file-deleted</c>. A failure is logged and left for the next read.
/// </summary>
internal sealed partial class RoomFileSync
{
    private readonly FileArchiver _archiver;
    private readonly ArchivedFileIndex _index;
    private readonly IChatworkFileReader _files;
    private readonly ILogger<RoomFileSync> _logger;

    public RoomFileSync(FileArchiver archiver, ArchivedFileIndex index, IChatworkFileReader files, ILogger<RoomFileSync> logger)
    {
        _archiver = archiver;
        _index = index;
        _files = files;
        _logger = logger;
    }

    /// <summary>The file ids a body names with <c>[download:ID]</c>, in order, each once.</summary>
    public static IReadOnlyList<long> FileIdsIn(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return [];
        }

        var ids = new List<long>();
        foreach (Match match in DownloadTag().Matches(body))
        {
            if (long.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>Archives every file named by <paramref name="messageVersions"/>; returns the records added.</summary>
    public async Task<int> ArchiveAttachmentsAsync(long roomId, IEnumerable<ArchiveRecord> messageVersions, RecordSource source, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var fileId in messageVersions.SelectMany(r => FileIdsIn(r.Body)).Distinct())
        {
            try
            {
                added += await _archiver.ArchiveAsync(roomId, fileId, source, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                Log.FileFailed(_logger, roomId, fileId, error);
            }
        }

        return added;
    }

    /// <summary>Resync (and joining): one <c>GET /rooms/{id}/files</c>, then archives what is new and records what is gone.</summary>
    public Task<int> ResyncAsync(long roomId, CancellationToken cancellationToken) => ResyncAsync(roomId, RecordSource.Resync, cancellationToken);

    /// <summary>As <see cref="ResyncAsync(long, CancellationToken)"/>, with the records' source.</summary>
    public async Task<int> ResyncAsync(long roomId, RecordSource source, CancellationToken cancellationToken)
    {
        try
        {
            var listed = await _files.GetFilesAsync(roomId, cancellationToken: cancellationToken);
            var room = await _index.GetAsync(roomId, cancellationToken);
            var added = 0;
            foreach (var file in listed.Where(f => !room.IsSettled(f.FileId)))
            {
                added += await _archiver.ArchiveAsync(roomId, file.FileId, source, cancellationToken);
            }

            var listedIds = listed.Select(f => f.FileId).ToHashSet();
            foreach (var fileId in room.Present.Where(id => !listedIds.Contains(id)).ToList())
            {
                // The list holds at most 100 files: absence alone is not proof, the file's own 404 is.
                if (await IsGoneAsync(roomId, fileId, cancellationToken))
                {
                    added += await _archiver.MarkDeletedAsync(roomId, fileId, source, cancellationToken);
                }
            }

            return added;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Log.ResyncFailed(_logger, roomId, error);
            return 0;
        }
    }

    private async Task<bool> IsGoneAsync(long roomId, long fileId, CancellationToken cancellationToken)
    {
        try
        {
            await _files.GetFileAsync(roomId, fileId, createDownloadUrl: false, cancellationToken);
            return false;
        }
        catch (ChatworkApiException error) when (error.IsNotFound)
        {
            return true;
        }
    }

    [GeneratedRegex(@"\[download:(\d{1,19})\]", RegexOptions.CultureInvariant)]
    private static partial Regex DownloadTag();

    private static partial class Log
    {
        [LoggerMessage(EventId = 2304, Level = LogLevel.Error, Message = "Room {RoomId}: file {FileId} could not be archived now; the next resync tries again")]
        public static partial void FileFailed(ILogger logger, long roomId, long fileId, Exception error);

        [LoggerMessage(EventId = 2305, Level = LogLevel.Error, Message = "Room {RoomId}: the file list could not be compared with the archive")]
        public static partial void ResyncFailed(ILogger logger, long roomId, Exception error);
    }
}
