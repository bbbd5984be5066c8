namespace ChatworkGuard.Chatwork.Client;

/// <summary>Room files.</summary>
internal sealed partial class ChatworkClient
{
    public Task<IReadOnlyList<ChatworkFile>> GetFilesAsync(long roomId, long? accountId = null, CancellationToken cancellationToken = default)
    {
        var request = Read($"rooms/{Id(roomId)}/files");
        if (accountId is { } account)
        {
            request.WithQuery("account_id", Id(account));
        }

        return SendListAsync(request, ChatworkJsonContext.Default.IReadOnlyListChatworkFile, cancellationToken);
    }

    public Task<ChatworkFile> GetFileAsync(long roomId, long fileId, bool createDownloadUrl = false, CancellationToken cancellationToken = default) =>
        SendRequiredAsync(Read($"rooms/{Id(roomId)}/files/{Id(fileId)}").WithQuery("create_download_url", createDownloadUrl ? "1" : "0"),
            ChatworkJsonContext.Default.ChatworkFile, cancellationToken);
}
