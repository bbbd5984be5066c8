namespace ChatworkGuard.Emulator;

/// <summary>One webhook delivery attempt (never retried).</summary>
/// <param name="Time">When the delivery was attempted.</param>
/// <param name="WebhookSettingId">The setting that fired.</param>
/// <param name="EventType">message_created, message_updated or mention_to_me.</param>
/// <param name="Url">The URL POSTed to, including the signature query parameter.</param>
/// <param name="Body">The exact JSON body sent.</param>
/// <param name="Signature">The x-chatworkwebhooksignature value.</param>
/// <param name="StatusCode">The receiver's status, or null when no answer came.</param>
/// <param name="Succeeded">True for a 200 answer with a body of at most 2,048 bytes.</param>
/// <param name="Error">Why it failed, or null.</param>
public sealed record WebhookDeliveryRecord(
    DateTimeOffset Time,
    string WebhookSettingId,
    string EventType,
    Uri Url,
    string Body,
    string Signature,
    int? StatusCode,
    bool Succeeded,
    string? Error);
