namespace ChatworkGuard.Bot.Rooms;

/// <summary>The bot's answer to "what is this room's profile now": the live configuration combined with the room's
/// archived snapshot and room-profile records (<see cref="EffectiveProfile"/>).</summary>
internal sealed class RoomProfiles
{
    private readonly RoomLedger _ledger;
    private readonly BotAccounts _botAccounts;
    private readonly IOptionsMonitor<RoomsOptions> _rooms;
    private readonly IOptionsMonitor<NotificationsOptions> _notifications;

    public RoomProfiles(RoomLedger ledger, BotAccounts botAccounts, IOptionsMonitor<RoomsOptions> rooms, IOptionsMonitor<NotificationsOptions> notifications)
    {
        _ledger = ledger;
        _botAccounts = botAccounts;
        _rooms = rooms;
        _notifications = notifications;
    }

    /// <summary>The effective profile of <paramref name="roomId"/>.</summary>
    public async Task<RoomProfile> GetAsync(long roomId, CancellationToken cancellationToken) =>
        await OfAsync(await _ledger.GetAsync(roomId, cancellationToken), cancellationToken);

    /// <summary>The effective profile of a room whose ledger entry the caller holds.</summary>
    /// <remarks>Asks for the bot's accounts (GET /me once per account and process, then the cache) so none of them is ever
    /// counted as client or contractor.</remarks>
    public async Task<RoomProfile> OfAsync(RoomLedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var bots = await _botAccounts.ResolveAsync(cancellationToken);
        var ids = bots.Select(b => b.AccountId).ToHashSet();
        var snapshot = bots.Count > 1 && entry.Snapshot is { } s ? s with { Members = [.. s.Members.Where(m => !ids.Contains(m.AccountId))] } : entry.Snapshot;
        return EffectiveProfile.Resolve(entry.RoomId, _rooms.CurrentValue, _notifications.CurrentValue, entry.Profile, snapshot, bots[0].AccountId);
    }
}
