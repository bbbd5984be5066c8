namespace ChatworkGuard.Chatwork.Client;

/// <summary>Posting the bot's messages, and finding one it already posted.</summary>
/// <remarks>Errors as for <see cref="IChatworkClient"/>.</remarks>
public interface IChatworkPoster
{
    /// <summary><c>POST /rooms/{id}/messages</c>: posts and returns the message id, never twice.</summary>
    /// <remarks>Resent only when the server provably did not get it (429, connection never made). After any other failure the
    /// room's latest messages (force=1) are searched for the bot's own message with the same body sent since the first attempt
    /// started; found → its id is returned, not found → sent again. If even that check fails, the original failure is thrown
    /// with <see cref="ChatworkRequestException.MayHaveBeenApplied"/> set (or as a 5xx <see cref="ChatworkApiException"/>): do not resend.
    /// See docs/chatwork-client.md, "A post is never duplicated".</remarks>
    Task<string> PostMessageAsync(long roomId, string body, bool selfUnread = false, CancellationToken cancellationToken = default);

    /// <summary>The id of the latest message by the bot's own account among the room's latest 100 (force=1) whose body is
    /// <paramref name="body"/> (line endings and trailing whitespace aside), sent no earlier than <paramref name="sentSince"/>
    /// (any time when null); null when there is none.</summary>
    /// <remarks>Reads at <see cref="Budget.RequestPriority.Post"/>: the answer decides whether a message goes out.</remarks>
    Task<string?> FindOwnPostAsync(long roomId, string body, DateTimeOffset? sentSince = null, CancellationToken cancellationToken = default);

    /// <summary>Every message as <see cref="FindOwnPostAsync"/> finds one, newest first; empty when there is none.</summary>
    /// <remarks>Reads at <see cref="Budget.RequestPriority.Post"/>, one request.</remarks>
    Task<IReadOnlyList<string>> FindOwnPostsAsync(long roomId, string body, DateTimeOffset? sentSince = null, CancellationToken cancellationToken = default);
}
