namespace ChatworkGuard.Emulator;

/// <summary>Webhooks, the request log, fault injection and the rate limit.</summary>
public sealed partial class EmulatorControl
{
    /// <summary>Registers a webhook (at most 5 per account): room events need <paramref name="roomId"/>; MentionToMe stands alone.</summary>
    public EmulatedWebhook RegisterWebhook(long accountId, Uri url, WebhookEvents events, long? roomId = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        Run(() => _state.Accounts.Require(accountId));
        return _webhooks.Register(accountId, url, events, roomId, name).ToPublic();
    }

    /// <summary>Every webhook setting with its current status.</summary>
    public IReadOnlyList<EmulatedWebhook> GetWebhooks() => _webhooks.Snapshot();

    /// <summary>Re-enables a webhook that repeated failures disabled.</summary>
    public void EnableWebhook(string webhookSettingId) => _webhooks.Enable(webhookSettingId);

    /// <summary>Deletes a webhook setting.</summary>
    public void RemoveWebhook(string webhookSettingId) => _webhooks.Remove(webhookSettingId);

    /// <summary>Every delivery attempt so far, oldest first.</summary>
    public IReadOnlyList<WebhookDeliveryRecord> WebhookDeliveries => _dispatcher.Deliveries;

    /// <summary>Waits until every webhook delivery announced so far has been attempted.</summary>
    public async Task WaitForWebhookDeliveriesAsync(CancellationToken cancellationToken = default)
    {
        while (_dispatcher.Pending > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), cancellationToken);
        }
    }

    /// <summary>API requests answered so far (oldest first; control calls are not logged).</summary>
    public IReadOnlyList<RequestLogEntry> RequestLog => _requestLog.Snapshot();

    /// <summary>Empties the request log.</summary>
    public void ClearRequestLog() => _requestLog.Clear();

    /// <summary>The fault options in force, or null.</summary>
    public FaultOptions? Faults => _faults.Current;

    /// <summary>Starts a new fault sequence from <paramref name="faults"/>' seed; null turns faults off.</summary>
    public void SetFaults(FaultOptions? faults) => _faults.Configure(faults);

    /// <summary>Completes once the post that <see cref="FaultOptions.HoldAfterNextPost"/> holds is in the room and in the
    /// request log, while its sender still waits for the answer.</summary>
    public Task WaitForHeldPostAsync(CancellationToken cancellationToken = default) => _faults.HeldPost.WaitAsync(cancellationToken);

    /// <summary>Turns fault injection off.</summary>
    public void ClearFaults() => _faults.Configure(null);

    /// <summary>The per-token rate limit in force (the options' limit unless <see cref="SetRateLimit"/> changed it).</summary>
    public RateLimitSettings RateLimit => _rateLimiter.Settings;

    /// <summary>Changes the per-token rate limit; every token starts a fresh window with its next request. For
    /// load runs that build a large world quickly and then measure under the real limit.</summary>
    public void SetRateLimit(RateLimitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.RequestsPerWindow < 1 || settings.Window <= TimeSpan.Zero)
        {
            throw new EmulatorControlException(
                $"The rate limit needs at least 1 request per window and a positive window (was {settings.RequestsPerWindow} per {settings.Window}).");
        }

        _rateLimiter.Reconfigure(settings);
    }
}
