using ChatworkGuard.Chatwork;

namespace ChatworkGuard.Bot.Sync;

internal sealed partial class RoomSyncService
{
    private DateTimeOffset? _contactsCheckedAt;

    /// <summary>Accepts pending contact requests (all, or those from the allow list) so team leads can add the bot.
    /// Checked every <see cref="SyncOptions.ContactRequestInterval"/>, not every cycle: a request can wait a minute,
    /// and a check per 10 s cycle would spend a tenth of the API budget on an empty list.</summary>
    private async Task AcceptContactRequestsAsync(CancellationToken cancellationToken)
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
                Log.ContactAccepted(_logger, request.AccountId);
            }
            catch (ChatworkApiException error)
            {
                Log.ContactAcceptFailed(_logger, request.AccountId, error);
            }
        }
    }
}
