namespace ChatworkGuard.Emulator.Control;

/// <summary>A webhook setting as the control API returns it, with its token.</summary>
internal sealed record WebhookResponse(
    string WebhookSettingId,
    long AccountId,
    string Name,
    string Url,
    IReadOnlyList<string> Events,
    long? RoomId,
    string Token,
    bool Enabled,
    int ConsecutiveFailures)
{
    public static WebhookResponse From(EmulatedWebhook webhook) => new(
        webhook.WebhookSettingId,
        webhook.AccountId,
        webhook.Name,
        webhook.Url.AbsoluteUri,
        WebhookEventNames.Of(webhook.Events),
        webhook.RoomId,
        webhook.Token,
        webhook.Enabled,
        webhook.ConsecutiveFailures);
}
