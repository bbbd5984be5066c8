namespace ChatworkGuard.Emulator;

/// <summary>Files deleted by a member, and a file host that answers with something other than the file.</summary>
public sealed partial class EmulatorControl
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<DownloadLogEntry> _downloads = new();

    /// <summary>Every request to a download URL so far, oldest first.</summary>
    public IReadOnlyList<DownloadLogEntry> DownloadLog => [.. _downloads];

    internal void RecordDownload(DownloadLogEntry entry) => _downloads.Enqueue(entry);

    /// <summary>Deletes a file as a member would in the Chatwork UI (the API has no call for it): it leaves
    /// <c>GET /rooms/{id}/files</c>, <c>GET …/files/{id}</c> answers 404, and download URLs already handed out stop
    /// working unless <see cref="EmulatorOptions.DeletedFileUrlsKeepWorking"/>. The upload message stays.</summary>
    public void DeleteFile(long roomId, long fileId)
    {
        RequireRoom(roomId);
        if (!Run(() => _state.Files.Delete(roomId, fileId)))
        {
            throw new EmulatorControlException($"Room {roomId} has no file {fileId}.", 404);
        }
    }

    /// <summary>Makes the file's download URL answer <paramref name="status"/> with <paramref name="content"/> as
    /// <paramref name="contentType"/> instead of the file: an HTML login page, a truncated body, a 403 as for an expired
    /// URL. A fault of the file host, for tests; the file list is unchanged.</summary>
    public void ReplaceDownload(long roomId, long fileId, string contentType, ReadOnlyMemory<byte> content, int status = 200)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        RequireRoom(roomId);
        if (!Run(() => _state.Files.ReplaceDownload(roomId, fileId, new State.ServedDownload(status, contentType, content.ToArray()))))
        {
            throw new EmulatorControlException($"Room {roomId} has no file {fileId}.", 404);
        }
    }
}
