using ChatworkGuard.Chatwork;

namespace ChatworkGuard.Bot.Sync;

internal sealed partial class RoomSyncService
{
    /// <summary>Accepts pending contact requests (all, or those from the allow list) so team leads can add the bot.</summary>
    private async Task AcceptContactRequestsAsync(CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue;
        if (!options.AcceptContactRequests)
        {
            return;
        }

        foreach (var request in await _client.GetIncomingRequestsAsync(cancellationToken))
        {
            if (options.AcceptContactRequestsFrom.Count > 0 && !options.AcceptContactRequestsFrom.Contains(request.AccountId))
            {
                continue;
            }

            try
            {
                await _client.AcceptIncomingRequestAsync(request.RequestId, cancellationToken);
                Log.ContactAccepted(_logger, request.AccountId);
            }
            catch (ChatworkApiException error)
            {
                Log.ContactAcceptFailed(_logger, request.AccountId, error);
            }
        }
    }
}
