namespace ChatworkGuard.Chatwork.Models;

/// <summary>The short account object inside messages, tasks and files.</summary>
public sealed record AccountSummary
{
    /// <summary>The account id.</summary>
    public long AccountId { get; init; }

    /// <summary>The display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The avatar URL.</summary>
    public string AvatarImageUrl { get; init; } = "";
}
