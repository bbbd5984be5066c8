namespace ChatworkGuard.Archive;

/// <summary>A room member as recorded in a <see cref="RoomSnapshotDetails"/>.</summary>
/// <param name="AccountId">The Chatwork account id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Role">admin, member or readonly.</param>
public sealed record RoomMember(
    [property: JsonPropertyName("account_id")] long AccountId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("role")] string? Role);
