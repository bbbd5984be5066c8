namespace ChatworkGuard.Chatwork.Webhooks;

/// <summary>What a webhook reports (<c>webhook_event_type</c>).</summary>
[JsonConverter(typeof(TolerantEnumConverter<WebhookEventType>))]
public enum WebhookEventType
{
    /// <summary>A value this client does not know.</summary>
    Unknown,

    /// <summary>A message was posted in the watched room.</summary>
    MessageCreated,

    /// <summary>A message was edited in the watched room.</summary>
    MessageUpdated,

    /// <summary>The account was mentioned or replied to in any room.</summary>
    MentionToMe,
}
