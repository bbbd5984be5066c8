namespace ChatworkGuard.Emulator;

/// <summary>A webhook setting as the Webhook management screen would show it.</summary>
/// <param name="WebhookSettingId">The setting's id (a string on the wire).</param>
/// <param name="AccountId">The account that owns the setting.</param>
/// <param name="Name">The setting's name.</param>
/// <param name="Url">Where events are POSTed.</param>
/// <param name="Events">The events it fires on.</param>
/// <param name="RoomId">The room of a room event; null for mention_to_me.</param>
/// <param name="Token">The token whose base64-decoded bytes key the signature.</param>
/// <param name="Enabled">False once repeated failures disabled it (無効).</param>
/// <param name="ConsecutiveFailures">Failed deliveries since the last success.</param>
public sealed record EmulatedWebhook(
    string WebhookSettingId,
    long AccountId,
    string Name,
    Uri Url,
    WebhookEvents Events,
    long? RoomId,
    string Token,
    bool Enabled,
    int ConsecutiveFailures);
