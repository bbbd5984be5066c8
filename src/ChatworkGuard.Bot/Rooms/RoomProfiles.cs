using ChatworkGuard.Bot.Actions;
using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Bot.Notifications;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Bot.Rooms;

/// <summary>The bot's answer to "what is this room's profile now": the live configuration combined with the room's
/// archived snapshot and room-profile records (<see cref="EffectiveProfile"/>).</summary>
internal sealed class RoomProfiles
{
    private readonly RoomLedger _ledger;
    private readonly BotIdentity _identity;
    private readonly IOptionsMonitor<RoomsOptions> _rooms;
    private readonly IOptionsMonitor<NotificationsOptions> _notifications;

    public RoomProfiles(RoomLedger ledger, BotIdentity identity, IOptionsMonitor<RoomsOptions> rooms, IOptionsMonitor<NotificationsOptions> notifications)
    {
        _ledger = ledger;
        _identity = identity;
        _rooms = rooms;
        _notifications = notifications;
    }

    /// <summary>The effective profile of <paramref name="roomId"/>.</summary>
    public async Task<RoomProfile> GetAsync(long roomId, CancellationToken cancellationToken) =>
        Of(await _ledger.GetAsync(roomId, cancellationToken));

    /// <summary>The effective profile of a room whose ledger entry the caller holds.</summary>
    public RoomProfile Of(RoomLedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return EffectiveProfile.Resolve(entry.RoomId, _rooms.CurrentValue, _notifications.CurrentValue, entry.Profile, entry.Snapshot, _identity.KnownAccountId);
    }
}
