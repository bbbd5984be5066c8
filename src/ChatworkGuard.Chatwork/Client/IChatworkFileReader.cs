namespace ChatworkGuard.Chatwork.Client;

/// <summary>The reads of room files that archiving attachments needs.</summary>
/// <remarks>The instance registered by <see cref="ChatworkServiceCollectionExtensions"/> reads at
/// <see cref="Budget.RequestPriority.Resync"/>: fetching files waits behind message reads and posts.</remarks>
public interface IChatworkFileReader
{
    /// <summary><c>GET /rooms/{id}/files</c>: up to 100 files, optionally by uploader.</summary>
    Task<IReadOnlyList<ChatworkFile>> GetFilesAsync(long roomId, long? accountId = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /rooms/{id}/files/{file_id}</c>; with <paramref name="createDownloadUrl"/> a 30-second signed URL is included.</summary>
    Task<ChatworkFile> GetFileAsync(long roomId, long fileId, bool createDownloadUrl = false, CancellationToken cancellationToken = default);
}
