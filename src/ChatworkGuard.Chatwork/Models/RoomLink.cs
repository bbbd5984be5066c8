namespace ChatworkGuard.Chatwork.Models;

/// <summary>A room's invitation link (<c>/rooms/{id}/link</c>).</summary>
public sealed record RoomLink
{
    /// <summary>True when the link is enabled.</summary>
    [JsonPropertyName("public")]
    public bool IsPublic { get; init; }

    /// <summary>The link URL, when enabled.</summary>
    public string? Url { get; init; }

    /// <summary>Whether joining needs an admin's approval.</summary>
    public bool? NeedAcceptance { get; init; }

    /// <summary>The link's description.</summary>
    public string? Description { get; init; }
}
