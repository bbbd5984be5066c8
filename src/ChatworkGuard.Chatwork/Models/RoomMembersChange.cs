namespace ChatworkGuard.Chatwork.Models;

/// <summary>The member list after <c>PUT /rooms/{id}/members</c>, by role.</summary>
public sealed record RoomMembersChange
{
    /// <summary>Admin account ids.</summary>
    public IReadOnlyList<long> Admin { get; init; } = [];

    /// <summary>Member account ids.</summary>
    public IReadOnlyList<long> Member { get; init; } = [];

    /// <summary>Read-only account ids.</summary>
    public IReadOnlyList<long> Readonly { get; init; } = [];
}
