using ChatworkGuard.Archive;

namespace ChatworkGuard.Bot.Rooms;

/// <summary>The escrow column before there is escrow state: unknown for every room.</summary>
internal sealed class NoRoomStatusProvider : IRoomStatusProvider
{
    /// <summary>The shared instance.</summary>
    public static readonly NoRoomStatusProvider Instance = new();

    public ValueTask<string?> GetEscrowStateAsync(IArchiveStore archive, long roomId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<string?>(null);
}
