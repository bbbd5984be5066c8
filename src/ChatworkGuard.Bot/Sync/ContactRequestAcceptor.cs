namespace ChatworkGuard.Bot.Sync;

/// <summary>
/// Accepts the pending contact requests of trusted accounts so team leads can add the bot: those listed in
/// <see cref="SyncOptions.AcceptContactRequestsFrom"/> and those in the bot's own organization. Anyone else's request
/// stays pending (a stranger who became a contact could add the bot to noisy rooms and spend its API budget), and
/// the team lead is told once per requester, so a colleague outside the organization can be added to the list.
/// </summary>
internal sealed class ContactRequestAcceptor(
    BotAccounts accounts,
    TeamLeadNotifier teamLead,
    IOptionsMonitor<SyncOptions> options,
    IOptionsMonitor<NotificationsOptions> notifications,
    IOptionsMonitor<RoomsOptions> rooms,
    TimeProvider time,
    ILogger<ContactRequestAcceptor> logger)
{
    private readonly HashSet<long> _toldAbout = [];
    private DateTimeOffset? _contactsCheckedAt;

    /// <summary>Accepts the trusted pending requests if a check is due.
    /// Checked every <see cref="SyncOptions.ContactRequestInterval"/>, not every cycle: a request can wait a minute,
    /// and a check per 10 s cycle would spend a tenth of the API budget on an empty list.</summary>
    public async Task AcceptContactRequestsAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = time.GetUtcNow();
        if (!settings.AcceptContactRequests || (_contactsCheckedAt is { } checkedAt && now - checkedAt < settings.ContactRequestInterval))
        {
            return;
        }

        // Every bot account: a team lead adds whichever account they were given as a contact.
        foreach (var account in accounts.All)
        {
            await AcceptForAsync(account.Client, settings, cancellationToken);
        }

        _contactsCheckedAt = now;
    }

    private async Task AcceptForAsync(IChatworkClient account, SyncOptions settings, CancellationToken cancellationToken)
    {
        var requests = await account.GetIncomingRequestsAsync(cancellationToken);
        if (requests.Count == 0)
        {
            return;
        }

        var organizationId = (await account.GetOwnAccountAsync(cancellationToken)).OrganizationId;
        foreach (var request in requests)
        {
            if (!IsTrusted(request, settings, organizationId))
            {
                await TellTeamLeadOnceAsync(request, cancellationToken);
                continue;
            }

            try
            {
                await account.AcceptIncomingRequestAsync(request.RequestId, cancellationToken);
                SyncLog.ContactAccepted(logger, request.AccountId);
            }
            catch (ChatworkApiException error)
            {
                SyncLog.ContactAcceptFailed(logger, request.AccountId, error);
            }
        }
    }

    // Organization id 0 is "no organization": two accounts without one share nothing.
    private static bool IsTrusted(IncomingRequest request, SyncOptions settings, long organizationId) =>
        settings.AcceptContactRequestsFromAnyone
        || settings.AcceptContactRequestsFrom.Contains(request.AccountId)
        || (organizationId != 0 && request.OrganizationId == organizationId);

    private async Task TellTeamLeadOnceAsync(IncomingRequest request, CancellationToken cancellationToken)
    {
        if (!_toldAbout.Add(request.AccountId))
        {
            return;
        }

        SyncLog.ContactLeftPending(logger, request.AccountId);
        await teamLead.NotifyAsync(
            notifications.CurrentValue.RoomId,
            ContactNotices.LeftPending(request.AccountId, request.Name, request.OrganizationName, rooms.CurrentValue.DefaultLanguage),
            cancellationToken);
    }
}
