namespace ChatworkGuard.Bot.Sync;

/// <summary>A message as the API (or a webhook) showed it just now.</summary>
/// <param name="MessageId">The Chatwork message id (digits).</param>
/// <param name="AccountId">The author.</param>
/// <param name="AccountName">The author's display name, when known.</param>
/// <param name="Body">The raw body.</param>
/// <param name="SendTime">Unix seconds.</param>
/// <param name="UpdateTime">Unix seconds of the last edit; 0 = never edited.</param>
internal sealed record SeenMessage(string MessageId, long AccountId, string AccountName, string Body, long SendTime, long UpdateTime);
