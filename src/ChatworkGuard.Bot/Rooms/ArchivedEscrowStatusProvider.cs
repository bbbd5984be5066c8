namespace ChatworkGuard.Bot.Rooms;

/// <summary>
/// The escrow column from the archive: the room's escrow state as <see cref="RoomLedger"/> replays it from the
/// escrow-confirmed, escrow-changed and reminder-posted records (the archive is where that state lives).
/// </summary>
internal sealed class ArchivedEscrowStatusProvider : IRoomStatusProvider
{
    /// <summary>The shared instance.</summary>
    public static readonly ArchivedEscrowStatusProvider Instance = new();

    public async ValueTask<string?> GetEscrowStateAsync(IArchiveStore archive, long roomId, CancellationToken cancellationToken)
    {
        var entry = await new RoomLedger(archive).GetAsync(roomId, cancellationToken);
        return entry.Escrow is { } state ? Describe(state) : null;
    }

    /// <summary>"confirmed", "reminded 2×" or "unknown", with the milestone when there is more than one.</summary>
    public static string Describe(EscrowState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var status = state.Status switch
        {
            EscrowStatus.Confirmed => "confirmed",
            EscrowStatus.Reminded => string.Create(CultureInfo.InvariantCulture, $"reminded {state.ReminderCount}×"),
            _ => "unknown",
        };
        return state.MilestoneNumber > 1 || state.Milestone != "1" ? $"{status} (milestone {state.Milestone})" : status;
    }
}
