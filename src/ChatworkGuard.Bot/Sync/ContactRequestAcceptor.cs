using ChatworkGuard.Bot.Actions;
using ChatworkGuard.Bot.Notifications;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.Chatwork;
using ChatworkGuard.Chatwork.Client;
using ChatworkGuard.Chatwork.Models;
using ChatworkGuard.Policy.Notices;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Bot.Sync;

/// <summary>
/// Accepts the pending contact requests of trusted accounts so team leads can add the bot: those listed in
/// <see cref="SyncOptions.AcceptContactRequestsFrom"/> and those in the bot's own organization. Anyone else's request
/// stays pending (a stranger who became a contact could add the bot to noisy rooms and spend its API budget), and
/// the team lead is told once per requester, so a colleague outside the organization can be added to the list.
/// </summary>
internal sealed class ContactRequestAcceptor
{
    private readonly IChatworkContactRequests _contactRequests;
    private readonly IChatworkOwnAccount _ownAccount;
    private readonly TeamLeadNotifier _teamLead;
    private readonly IOptionsMonitor<SyncOptions> _options;
    private readonly IOptionsMonitor<NotificationsOptions> _notifications;
    private readonly IOptionsMonitor<RoomsOptions> _rooms;
    private readonly TimeProvider _time;
    private readonly ILogger<ContactRequestAcceptor> _logger;
    private readonly HashSet<long> _toldAbout = [];
    private DateTimeOffset? _contactsCheckedAt;

    public ContactRequestAcceptor(
        IChatworkContactRequests contactRequests,
        IChatworkOwnAccount ownAccount,
        TeamLeadNotifier teamLead,
        IOptionsMonitor<SyncOptions> options,
        IOptionsMonitor<NotificationsOptions> notifications,
        IOptionsMonitor<RoomsOptions> rooms,
        TimeProvider time,
        ILogger<ContactRequestAcceptor> logger)
    {
        _contactRequests = contactRequests;
        _ownAccount = ownAccount;
        _teamLead = teamLead;
        _options = options;
        _notifications = notifications;
        _rooms = rooms;
        _time = time;
        _logger = logger;
    }

    /// <summary>Accepts the trusted pending requests if a check is due.
    /// Checked every <see cref="SyncOptions.ContactRequestInterval"/>, not every cycle: a request can wait a minute,
    /// and a check per 10 s cycle would spend a tenth of the API budget on an empty list.</summary>
    public async Task AcceptContactRequestsAsync(CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue;
        var now = _time.GetUtcNow();
        if (!options.AcceptContactRequests || (_contactsCheckedAt is { } checkedAt && now - checkedAt < options.ContactRequestInterval))
        {
            return;
        }

        var requests = await _contactRequests.GetIncomingRequestsAsync(cancellationToken);
        _contactsCheckedAt = now;
        if (requests.Count == 0)
        {
            return;
        }

        var organizationId = (await _ownAccount.GetOwnAccountAsync(cancellationToken)).OrganizationId;
        foreach (var request in requests)
        {
            if (!IsTrusted(request, options, organizationId))
            {
                await TellTeamLeadOnceAsync(request, cancellationToken);
                continue;
            }

            try
            {
                await _contactRequests.AcceptIncomingRequestAsync(request.RequestId, cancellationToken);
                SyncLog.ContactAccepted(_logger, request.AccountId);
            }
            catch (ChatworkApiException error)
            {
                SyncLog.ContactAcceptFailed(_logger, request.AccountId, error);
            }
        }
    }

    // Organization id 0 is "no organization": two accounts without one share nothing.
    private static bool IsTrusted(IncomingRequest request, SyncOptions options, long organizationId) =>
        options.AcceptContactRequestsFromAnyone
        || options.AcceptContactRequestsFrom.Contains(request.AccountId)
        || (organizationId != 0 && request.OrganizationId == organizationId);

    private async Task TellTeamLeadOnceAsync(IncomingRequest request, CancellationToken cancellationToken)
    {
        if (!_toldAbout.Add(request.AccountId))
        {
            return;
        }

        SyncLog.ContactLeftPending(_logger, request.AccountId);
        await _teamLead.NotifyAsync(
            _notifications.CurrentValue.RoomId,
            ContactNotices.LeftPending(request.AccountId, request.Name, request.OrganizationName, _rooms.CurrentValue.DefaultLanguage),
            cancellationToken);
    }
}
