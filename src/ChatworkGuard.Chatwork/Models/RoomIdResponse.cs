namespace ChatworkGuard.Chatwork.Models;

/// <summary><c>{"room_id":…}</c>.</summary>
internal sealed record RoomIdResponse
{
    public long RoomId { get; init; }
}
