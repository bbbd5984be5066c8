namespace ChatworkGuard.Chatwork.Models;

/// <summary>A room member (<c>GET /rooms/{id}/members</c>).</summary>
public sealed record RoomMember : AccountProfile
{
    /// <summary>Admin, member or readonly.</summary>
    public RoomRole Role { get; init; }
}
