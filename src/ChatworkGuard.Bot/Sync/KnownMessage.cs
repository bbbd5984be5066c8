namespace ChatworkGuard.Bot.Sync;

/// <summary>The archive's latest version of a message, as the diff needs it.</summary>
/// <param name="MessageId">The Chatwork message id (digits).</param>
/// <param name="UpdateTime">The last update_time archived (0 = never edited).</param>
/// <param name="Body">The last body archived.</param>
/// <param name="Deleted">Whether a deletion was already archived.</param>
internal sealed record KnownMessage(string MessageId, long UpdateTime, string Body, bool Deleted);
