namespace ChatworkGuard.Bot.Webhooks;

/// <summary>Why a webhook request was refused; <see cref="WebhookRefusals.TagOf"/> names it in the metric and the log.</summary>
internal enum WebhookRefusal
{
    /// <summary>The signature is missing or does not verify.</summary>
    Forged,

    /// <summary>Signed, but not a webhook event the bot can use.</summary>
    Malformed,

    /// <summary>The body is larger than Webhooks:MaxBodyBytes.</summary>
    TooLarge,

    /// <summary>Webhooks:Tokens is empty.</summary>
    Disabled,

    /// <summary>Verified, but the queue is full (by count or by bytes); the next poll archives the message.</summary>
    QueueFull,
}
