namespace ChatworkGuard.Chatwork.Models;

/// <summary><c>{"message_id":"…"}</c>.</summary>
internal sealed record MessageIdResponse
{
    public string MessageId { get; init; } = "";
}
