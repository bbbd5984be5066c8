namespace ChatworkGuard.Bot.Accounts;

/// <summary>The bot's <see cref="IChatworkFileReader"/>: a room's files are read as the account that owns the room, at
/// resync priority (attachments are archived from what spare budget there is).</summary>
internal sealed class RoomRoutedFileReader : IChatworkFileReader
{
    private readonly RoomMembership _membership;

    public RoomRoutedFileReader(RoomMembership membership) => _membership = membership;

    public async Task<IReadOnlyList<ChatworkFile>> GetFilesAsync(long roomId, long? accountId = null, CancellationToken cancellationToken = default) =>
        await (await FilesForAsync(roomId, cancellationToken)).GetFilesAsync(roomId, accountId, cancellationToken);

    public async Task<ChatworkFile> GetFileAsync(long roomId, long fileId, bool createDownloadUrl = false, CancellationToken cancellationToken = default) =>
        await (await FilesForAsync(roomId, cancellationToken)).GetFileAsync(roomId, fileId, createDownloadUrl, cancellationToken);

    private async Task<IChatworkFileReader> FilesForAsync(long roomId, CancellationToken cancellationToken)
    {
        var client = await _membership.ClientForAsync(roomId, cancellationToken);
        return client.WithReadPriority(RequestPriority.Resync) as IChatworkFileReader ?? client;
    }
}
