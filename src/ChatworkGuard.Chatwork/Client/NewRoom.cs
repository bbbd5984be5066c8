namespace ChatworkGuard.Chatwork.Client;

/// <summary>What <c>POST /rooms</c> needs to create a group chat.</summary>
public sealed record NewRoom
{
    /// <summary>The room name (1–255 characters).</summary>
    public required string Name { get; init; }

    /// <summary>Admins (at least one; usually the bot itself).</summary>
    public required IReadOnlyCollection<long> AdminIds { get; init; }

    /// <summary>Ordinary members.</summary>
    public IReadOnlyCollection<long> MemberIds { get; init; } = [];

    /// <summary>Read-only members.</summary>
    public IReadOnlyCollection<long> ReadonlyIds { get; init; } = [];

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>One of Chatwork's icon presets (group, check, document, meeting, …).</summary>
    public string? IconPreset { get; init; }
}
