namespace ChatworkGuard.Chatwork.Client;

/// <summary>Reading, editing and deleting messages, and read state. Posting is in ChatworkClient.Posting.cs.</summary>
internal sealed partial class ChatworkClient
{
    public Task<IReadOnlyList<Message>> GetMessagesAsync(long roomId, bool force = true, CancellationToken cancellationToken = default) =>
        SendListAsync(MessagesRequest(roomId, force, ReadPriority), ChatworkJsonContext.Default.IReadOnlyListMessage, cancellationToken);

    public Task<Message> GetMessageAsync(long roomId, string messageId, CancellationToken cancellationToken = default) =>
        SendRequiredAsync(Read($"rooms/{Id(roomId)}/messages/{MessageIdSegment(messageId)}"), ChatworkJsonContext.Default.Message, cancellationToken);

    public async Task<string> EditMessageAsync(long roomId, string messageId, string body, CancellationToken cancellationToken = default)
    {
        var request = Write(Method.Put, $"rooms/{Id(roomId)}/messages/{MessageIdSegment(messageId)}").WithForm("body", CheckBody(body, nameof(body)));
        return (await SendRequiredAsync(request, ChatworkJsonContext.Default.MessageIdResponse, cancellationToken)).MessageId;
    }

    public async Task<string> DeleteMessageAsync(long roomId, string messageId, CancellationToken cancellationToken = default)
    {
        var request = Write(Method.Delete, $"rooms/{Id(roomId)}/messages/{MessageIdSegment(messageId)}");
        return (await SendRequiredAsync(request, ChatworkJsonContext.Default.MessageIdResponse, cancellationToken)).MessageId;
    }

    public Task<ReadState> MarkReadAsync(long roomId, string? messageId = null, CancellationToken cancellationToken = default)
    {
        var request = Write(Method.Put, $"rooms/{Id(roomId)}/messages/read");
        if (messageId is not null)
        {
            request.WithForm("message_id", MessageIdSegment(messageId));
        }

        return SendRequiredAsync(request, ChatworkJsonContext.Default.ReadState, cancellationToken);
    }

    public Task<ReadState> MarkUnreadAsync(long roomId, string messageId, CancellationToken cancellationToken = default) =>
        SendRequiredAsync(Write(Method.Put, $"rooms/{Id(roomId)}/messages/unread").WithForm("message_id", MessageIdSegment(messageId)),
            ChatworkJsonContext.Default.ReadState, cancellationToken);

    private static ApiRequest MessagesRequest(long roomId, bool force, Budget.RequestPriority priority) =>
        new ApiRequest(Method.Get, $"rooms/{Id(roomId)}/messages", priority).WithQuery("force", force ? "1" : "0");
}
