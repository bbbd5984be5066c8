namespace ChatworkGuard.Bot.Rooms;

/// <summary>One archived room as `chatwork-guard rooms` shows it.</summary>
/// <param name="RoomId">The Chatwork room id.</param>
/// <param name="Name">The room's name in its latest snapshot ("" before one).</param>
/// <param name="State">Active (joined, not lost) or lost, as the archive's lifecycle records say.</param>
/// <param name="Records">Records in the room's chain.</param>
/// <param name="Messages">Messages archived (message-created).</param>
/// <param name="Edits">Edits archived (message-edited).</param>
/// <param name="Deletions">Deletions archived (message-deleted).</param>
/// <param name="Warnings">Warnings the bot posted in the room.</param>
/// <param name="LastRecordAt">When the bot archived the room's latest record.</param>
internal sealed record RoomOverview(
    long RoomId,
    string Name,
    RoomLifecycle State,
    long Records,
    int Messages,
    int Edits,
    int Deletions,
    int Warnings,
    DateTimeOffset? LastRecordAt)
{
    /// <summary>Whether the configuration watches the room; null when no configuration applies (an archive from elsewhere).</summary>
    public bool? Watched { get; init; }

    /// <summary>The room's effective profile and where each part came from (configured, command, inferred, default).</summary>
    public RoomProfile? Profile { get; init; }

    /// <summary>With several bot accounts, the account that reads the room (its owner), as the latest snapshot records it;
    /// null with one account.</summary>
    public long? ReadBy { get; init; }

    /// <summary>The room's escrow state from <see cref="IRoomStatusProvider"/>; null when none is known.</summary>
    public string? Escrow { get; init; }
}
