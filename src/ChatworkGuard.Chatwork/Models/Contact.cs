namespace ChatworkGuard.Chatwork.Models;

/// <summary>A contact (<c>GET /contacts</c>, and the answer of accepting a request).</summary>
public sealed record Contact : AccountProfile
{
    /// <summary>The direct chat with this contact.</summary>
    public long RoomId { get; init; }
}
