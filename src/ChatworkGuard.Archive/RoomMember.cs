namespace ChatworkGuard.Archive;

/// <summary>A room member as recorded in a <see cref="RoomSnapshotDetails"/>.</summary>
/// <param name="AccountId">The Chatwork account id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Role">admin, member or readonly.</param>
public sealed record RoomMember(
    long AccountId,
    string Name,
    string? Role);
