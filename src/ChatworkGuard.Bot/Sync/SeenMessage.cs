namespace ChatworkGuard.Bot.Sync;

/// <summary>A message as the API (or a webhook) showed it just now.</summary>
/// <param name="MessageId">The Chatwork message id (digits).</param>
/// <param name="AccountId">The author.</param>
/// <param name="AccountName">The author's display name, when known.</param>
/// <param name="Body">The raw body.</param>
/// <param name="SendTime">Unix seconds.</param>
/// <param name="UpdateTime">Unix seconds of the last edit; 0 = never edited.</param>
internal sealed record SeenMessage(string MessageId, long AccountId, string AccountName, string Body, long SendTime, long UpdateTime)
{
    /// <summary>Whether <paramref name="archived"/> holds this version: the same update_time and body. A version archived
    /// without them reads as never edited and empty, as in its idempotency key.</summary>
    public bool IsArchivedAs(MessageVersion archived)
    {
        ArgumentNullException.ThrowIfNull(archived);
        return (archived.UpdateTime ?? 0) == UpdateTime && string.Equals(archived.Body ?? "", Body, StringComparison.Ordinal);
    }
}
