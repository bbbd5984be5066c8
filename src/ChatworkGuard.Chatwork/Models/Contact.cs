namespace ChatworkGuard.Chatwork.Models;

/// <summary>A contact (<c>GET /contacts</c>, and the answer of accepting a request).</summary>
public sealed record Contact
{
    /// <summary>The account id.</summary>
    public long AccountId { get; init; }

    /// <summary>The direct chat with this contact.</summary>
    public long RoomId { get; init; }

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
