namespace ChatworkGuard.Chatwork.Webhooks;

/// <summary>The <c>webhook_event</c> object; room events set <see cref="AccountId"/>, mentions set the from/to pair.</summary>
public sealed record WebhookEvent
{
    /// <summary>The message id (a string).</summary>
    public string MessageId { get; init; } = "";

    /// <summary>The room.</summary>
    public long RoomId { get; init; }

    /// <summary>The sender, for message_created and message_updated.</summary>
    public long? AccountId { get; init; }

    /// <summary>The sender, for mention_to_me.</summary>
    public long? FromAccountId { get; init; }

    /// <summary>The mentioned account (the bot), for mention_to_me.</summary>
    public long? ToAccountId { get; init; }

    /// <summary>The message body (Chatwork notation).</summary>
    public string Body { get; init; } = "";

    /// <summary>When it was sent, unix seconds.</summary>
    public long SendTime { get; init; }

    /// <summary>When it was edited, unix seconds; 0 for a new message.</summary>
    public long UpdateTime { get; init; }

    /// <summary>The sender, whichever field the event type uses.</summary>
    public long SenderAccountId => AccountId ?? FromAccountId ?? 0;
}
