namespace ChatworkGuard.Chatwork.Models;

/// <summary>The profile fields Chatwork sends for an account wherever it lists one in full: <c>GET /me</c>,
/// contacts, room members and contact requests.</summary>
public abstract record AccountProfile
{
    /// <summary>The account id.</summary>
    public long AccountId { get; init; }

    /// <summary>The display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The Chatwork ID (may be empty).</summary>
    public string ChatworkId { get; init; } = "";

    /// <summary>The organisation id.</summary>
    public long OrganizationId { get; init; }

    /// <summary>The organisation name.</summary>
    public string OrganizationName { get; init; } = "";

    /// <summary>The department.</summary>
    public string Department { get; init; } = "";

    /// <summary>The avatar URL.</summary>
    public string AvatarImageUrl { get; init; } = "";
}
