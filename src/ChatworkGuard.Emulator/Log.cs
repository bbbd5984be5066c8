namespace ChatworkGuard.Emulator;

/// <summary>The emulator's log messages; tokens and signatures are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Emulator listening: API {BaseUrl}, control {ControlUrl}")]
    public static partial void Listening(ILogger logger, Uri baseUrl, Uri controlUrl);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Webhook {WebhookSettingId} delivered {EventType}: {StatusCode}")]
    public static partial void WebhookDelivered(ILogger logger, string webhookSettingId, string eventType, int statusCode);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Webhook {WebhookSettingId} delivery of {EventType} failed: {Reason}")]
    public static partial void WebhookFailed(ILogger logger, string webhookSettingId, string eventType, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Webhook {WebhookSettingId} disabled after repeated failures")]
    public static partial void WebhookDisabled(ILogger logger, string webhookSettingId);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Unexpected error in the webhook delivery loop")]
    public static partial void WebhookLoopError(ILogger logger, Exception exception);
}
