using ChatworkGuard.Archive;

namespace ChatworkGuard.Bot.Rooms;

/// <summary>
/// Adds the escrow column to `chatwork-guard rooms`. The escrow feature supplies one (reading its state from the same
/// database, read-only); until then <see cref="NoRoomStatusProvider"/> shows "-".
/// </summary>
internal interface IRoomStatusProvider
{
    /// <summary>The room's escrow state for display (e.g. "confirmed", "reminded 2×"), or null when none is known.</summary>
    ValueTask<string?> GetEscrowStateAsync(IArchiveStore archive, long roomId, CancellationToken cancellationToken);
}
