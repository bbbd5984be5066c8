namespace ChatworkGuard.Bot.Actions;

/// <summary>Whom a notice addresses: a message it replies to and accounts it mentions.</summary>
/// <param name="ReplyTo">The message replied to (its author is notified), if any.</param>
/// <param name="Mentions">Accounts mentioned with [To:…].</param>
internal sealed record NoticeAddress(MessageReference? ReplyTo, IReadOnlyList<long> Mentions)
{
    /// <summary>A reply to one message.</summary>
    public static NoticeAddress Reply(long accountId, string messageId) => new(new MessageReference(accountId, messageId), []);
}

/// <summary>A message in the current room and its author.</summary>
/// <param name="AccountId">The author.</param>
/// <param name="MessageId">The message.</param>
internal sealed record MessageReference(long AccountId, string MessageId);
