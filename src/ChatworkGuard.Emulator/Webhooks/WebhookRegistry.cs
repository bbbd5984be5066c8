namespace ChatworkGuard.Emulator.Webhooks;

/// <summary>Webhook settings per account (at most <see cref="EmulatorOptions.MaxWebhooksPerAccount"/>), and their
/// failure counts: a setting is disabled after <see cref="EmulatorOptions.WebhookFailuresBeforeDisable"/> failures in a row.</summary>
internal sealed class WebhookRegistry(EmulatorOptions options)
{
    private readonly Lock _gate = new();
    private readonly List<WebhookSetting> _settings = [];
    private long _lastId = 1000;

    public WebhookSetting Register(long accountId, Uri url, WebhookEvents events, long? roomId, string? name)
    {
        var roomEvents = events & (WebhookEvents.MessageCreated | WebhookEvents.MessageUpdated);
        if (events == WebhookEvents.None || (events & ~(roomEvents | WebhookEvents.MentionToMe)) != 0)
        {
            throw new EmulatorControlException($"Events must be MessageCreated and/or MessageUpdated, or MentionToMe (was {events}).");
        }

        if (roomEvents != 0 && events.HasFlag(WebhookEvents.MentionToMe))
        {
            throw new EmulatorControlException("A webhook is either a room event (MessageCreated/MessageUpdated) or the account event MentionToMe, not both.");
        }

        if (roomEvents != 0 && roomId is null)
        {
            throw new EmulatorControlException("A room event webhook needs a room id.");
        }

        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && (options.RequireHttpsWebhookUrls || url.Scheme != Uri.UriSchemeHttp)))
        {
            throw new EmulatorControlException(options.RequireHttpsWebhookUrls
                ? $"The webhook URL must start with https:// (was {url})."
                : $"The webhook URL must be an absolute http:// or https:// URL (was {url}).");
        }

        lock (_gate)
        {
            if (_settings.Count(s => s.AccountId == accountId) >= options.MaxWebhooksPerAccount)
            {
                throw new EmulatorControlException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Account {accountId} already has {options.MaxWebhooksPerAccount} webhooks, the most Chatwork allows."));
            }

            _lastId++;
            var id = _lastId.ToString(CultureInfo.InvariantCulture);
            var setting = new WebhookSetting(id, accountId, name ?? "webhook " + id, url, events, roomEvents != 0 ? roomId : null, WebhookSigner.NewToken());
            _settings.Add(setting);
            return setting;
        }
    }

    public IReadOnlyList<EmulatedWebhook> Snapshot()
    {
        lock (_gate)
        {
            return [.. _settings.Select(s => s.ToPublic())];
        }
    }

    /// <summary>Enabled settings that fire for an event; <paramref name="match"/> runs under the lock.</summary>
    public List<WebhookSetting> Matching(Func<WebhookSetting, bool> match)
    {
        lock (_gate)
        {
            return [.. _settings.Where(s => s.Enabled && match(s))];
        }
    }

    public void Record(string settingId, bool succeeded)
    {
        lock (_gate)
        {
            var setting = _settings.Find(s => s.Id == settingId);
            if (setting is null)
            {
                return;
            }

            setting.ConsecutiveFailures = succeeded ? 0 : setting.ConsecutiveFailures + 1;
            if (setting.ConsecutiveFailures >= options.WebhookFailuresBeforeDisable)
            {
                setting.Enabled = false;
            }
        }
    }

    /// <summary>Re-enables a disabled setting, as a user must do by hand on the management screen.</summary>
    public void Enable(string settingId)
    {
        lock (_gate)
        {
            var setting = _settings.Find(s => s.Id == settingId)
                ?? throw new EmulatorControlException($"Webhook {settingId} does not exist.", 404);
            setting.Enabled = true;
            setting.ConsecutiveFailures = 0;
        }
    }

    public void Remove(string settingId)
    {
        lock (_gate)
        {
            if (_settings.RemoveAll(s => s.Id == settingId) == 0)
            {
                throw new EmulatorControlException($"Webhook {settingId} does not exist.", 404);
            }
        }
    }
}
