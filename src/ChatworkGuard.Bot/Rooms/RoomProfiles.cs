using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Bot.Notifications;
using ChatworkGuard.Chatwork.Client;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Bot.Rooms;

/// <summary>The bot's answer to "what is this room's profile now": the live configuration combined with the room's
/// archived snapshot and room-profile records (<see cref="EffectiveProfile"/>).</summary>
internal sealed class RoomProfiles
{
    private readonly RoomLedger _ledger;
    private readonly IChatworkOwnAccount _ownAccount;
    private readonly IOptionsMonitor<RoomsOptions> _rooms;
    private readonly IOptionsMonitor<NotificationsOptions> _notifications;

    public RoomProfiles(RoomLedger ledger, IChatworkOwnAccount ownAccount, IOptionsMonitor<RoomsOptions> rooms, IOptionsMonitor<NotificationsOptions> notifications)
    {
        _ledger = ledger;
        _ownAccount = ownAccount;
        _rooms = rooms;
        _notifications = notifications;
    }

    /// <summary>The effective profile of <paramref name="roomId"/>.</summary>
    public async Task<RoomProfile> GetAsync(long roomId, CancellationToken cancellationToken) =>
        await OfAsync(await _ledger.GetAsync(roomId, cancellationToken), cancellationToken);

    /// <summary>The effective profile of a room whose ledger entry the caller holds.</summary>
    /// <remarks>Asks the client for the bot's own account (GET /me once per process, then its cache) so the bot is never
    /// counted as client or contractor.</remarks>
    public async Task<RoomProfile> OfAsync(RoomLedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var bot = (await _ownAccount.GetOwnAccountAsync(cancellationToken)).AccountId;
        return EffectiveProfile.Resolve(entry.RoomId, _rooms.CurrentValue, _notifications.CurrentValue, entry.Profile, entry.Snapshot, bot);
    }
}
