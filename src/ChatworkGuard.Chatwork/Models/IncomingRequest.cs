namespace ChatworkGuard.Chatwork.Models;

/// <summary>A pending contact request to the account (<c>GET /incoming_requests</c>).</summary>
public sealed record IncomingRequest
{
    /// <summary>The request id.</summary>
    public long RequestId { get; init; }

    /// <summary>Who asks.</summary>
    public long AccountId { get; init; }

    /// <summary>The message sent with the request.</summary>
    public string Message { get; init; } = "";

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
