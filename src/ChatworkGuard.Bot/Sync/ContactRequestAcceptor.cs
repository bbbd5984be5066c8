using ChatworkGuard.Chatwork;
using ChatworkGuard.Chatwork.Client;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Bot.Sync;

/// <summary>Accepts pending contact requests (all, or those from the allow list) so team leads can add the bot.</summary>
internal sealed class ContactRequestAcceptor
{
    private readonly IChatworkContactRequests _contactRequests;
    private readonly IOptionsMonitor<SyncOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ContactRequestAcceptor> _logger;
    private DateTimeOffset? _contactsCheckedAt;

    public ContactRequestAcceptor(IChatworkContactRequests contactRequests, IOptionsMonitor<SyncOptions> options, TimeProvider time, ILogger<ContactRequestAcceptor> logger)
    {
        _contactRequests = contactRequests;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Accepts the pending requests if a check is due.
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
        foreach (var request in requests)
        {
            if (options.AcceptContactRequestsFrom.Count > 0 && !options.AcceptContactRequestsFrom.Contains(request.AccountId))
            {
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
}
