using System.Runtime.ExceptionServices;

namespace ChatworkGuard.Chatwork.Client;

/// <summary>Posting messages so that one call never produces two messages.</summary>
internal sealed partial class ChatworkClient
{
    /// <summary>Posts <paramref name="body"/> and returns its message id; never posts it twice.</summary>
    /// <remarks>
    /// The rule (docs/chatwork-client.md, "A post is never duplicated"):
    /// <list type="number">
    /// <item>A send that provably did not reach the server (429, or the connection was never established) is retried by the pipeline.</item>
    /// <item>Any other failure (5xx, attempt timeout, connection lost after sending) leaves the outcome unknown. Before sending
    /// again, the room's latest 100 messages are read with force=1 (at post priority) and searched for a message by the bot's own
    /// account with the same body, sent no earlier than the first attempt's start minus <see cref="ChatworkOptions.PostMatchClockSkew"/>.
    /// If found, its id is returned and nothing is sent again.</item>
    /// <item>If that check itself fails, the original failure is thrown (<see cref="ChatworkRequestException.MayHaveBeenApplied"/> is set,
    /// or a 5xx <see cref="ChatworkApiException"/>) and the caller must not resend; the next sync cycle will see the message if it arrived.</item>
    /// </list>
    /// The bot's bodies carry the reply target (<c>[rp … to=room-message]</c>), so an identical body within minutes is the same post.
    /// </remarks>
    public async Task<string> PostMessageAsync(long roomId, string body, bool selfUnread = false, CancellationToken cancellationToken = default)
    {
        CheckBody(body, nameof(body));
        var notBefore = _time.GetUtcNow() - _transport.Options.PostMatchClockSkew;
        // At most MaxRetryAttempts + 1 sends, each one only after the previous is known not to have arrived;
        // every send also gets the pipeline's own retries for 429 and refused connections.
        var maxRounds = _transport.Options.MaxRetryAttempts + 1;
        for (var round = 1; ; round++)
        {
            var request = Write(Method.Post, $"rooms/{Id(roomId)}/messages", postingRoomId: roomId)
                .WithForm("body", body)
                .WithForm("self_unread", selfUnread ? "1" : "0");
            Exception uncertainty;
            try
            {
                return (await SendRequiredAsync(request, ChatworkJsonContext.Default.MessageIdResponse, cancellationToken)).MessageId;
            }
            catch (ChatworkRequestException ex) when (ex.MayHaveBeenApplied)
            {
                uncertainty = ex;
            }
            catch (ChatworkApiException ex) when ((int)ex.StatusCode >= 500)
            {
                uncertainty = ex;
            }

            Log.PostUncertain(_logger, roomId, uncertainty.GetType().Name);
            string? existing;
            try
            {
                existing = await FindOwnPostAsync(roomId, body, notBefore, cancellationToken);
            }
            catch (ChatworkCallException)
            {
                // Not knowing whether it arrived, the only safe answer is the original failure: never a second post.
                ExceptionDispatchInfo.Throw(uncertainty);
                throw;
            }

            if (existing is not null)
            {
                Log.PostFoundAfterUncertainty(_logger, roomId, existing);
                return existing;
            }

            if (round >= maxRounds)
            {
                ExceptionDispatchInfo.Throw(uncertainty);
            }

            Log.PostRepeated(_logger, roomId, round + 1);
        }
    }

    public async Task<string?> FindOwnPostAsync(long roomId, string body, DateTimeOffset? sentSince = null, CancellationToken cancellationToken = default) =>
        await FindOwnPostsAsync(roomId, body, sentSince, cancellationToken) is [var newest, ..] ? newest : null;

    public async Task<IReadOnlyList<string>> FindOwnPostsAsync(long roomId, string body, DateTimeOffset? sentSince = null, CancellationToken cancellationToken = default)
    {
        var ownAccountId = (_ownAccount.Account ?? await FetchOwnAccountAsync(RequestPriority.Post, cancellationToken)).AccountId;

        // Post priority: this read decides whether a warning goes out, so it must not queue behind resync.
        var latest = await SendListAsync(MessagesRequest(roomId, force: true, RequestPriority.Post),
            ChatworkJsonContext.Default.IReadOnlyListMessage, cancellationToken);
        var wanted = NormalizeBody(body);
        var since = sentSince?.ToUnixTimeSeconds() ?? long.MinValue;
        var found = new List<string>();
        for (var i = latest.Count - 1; i >= 0; i--)
        {
            var message = latest[i];
            if (message.Account.AccountId == ownAccountId && message.SendTime >= since && NormalizeBody(message.Body) == wanted)
            {
                found.Add(message.MessageId);
            }
        }

        return found;
    }

    // The server may store CRLF as LF or drop trailing whitespace; neither makes it a different post.
    private static string NormalizeBody(string body) => body.ReplaceLineEndings("\n").TrimEnd();
}
