namespace ChatworkGuard.Chatwork.Webhooks;

/// <summary>The JSON body Chatwork POSTs to a webhook URL.</summary>
public sealed record WebhookPayload
{
    /// <summary>The webhook setting that fired (a string).</summary>
    public string WebhookSettingId { get; init; } = "";

    /// <summary>What happened.</summary>
    public WebhookEventType WebhookEventType { get; init; }

    /// <summary>When Chatwork recorded the event, unix seconds.</summary>
    public long WebhookEventTime { get; init; }

    /// <summary>The event's details.</summary>
    public WebhookEvent WebhookEvent { get; init; } = new();

    /// <summary>Parses a raw webhook body (verify its signature first); throws <see cref="JsonException"/> on malformed JSON.</summary>
    public static WebhookPayload Parse(ReadOnlySpan<byte> utf8Body) =>
        JsonSerializer.Deserialize(utf8Body, ChatworkJsonContext.Default.WebhookPayload)
        ?? throw new JsonException("The webhook body is the JSON literal null.");
}
