namespace ChatworkGuard.Bot.Rooms;

/// <summary>
/// Fills the escrow column of `chatwork-guard rooms`. <see cref="ArchivedEscrowStatusProvider"/> (the default) replays
/// it from the archive; another source of room state plugs in through <c>RoomsCommand.Create(provider)</c>.
/// </summary>
internal interface IRoomStatusProvider
{
    /// <summary>The room's escrow state for display (e.g. "confirmed", "reminded 2×"), or null when none is known.</summary>
    ValueTask<string?> GetEscrowStateAsync(IArchiveStore archive, long roomId, CancellationToken cancellationToken);
}
