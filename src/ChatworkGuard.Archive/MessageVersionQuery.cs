namespace ChatworkGuard.Archive;

/// <summary>Which messages' latest archived versions a diff needs (see <see cref="IArchiveStore.GetMessageVersionsAsync"/>).</summary>
public sealed record MessageVersionQuery
{
    /// <summary>Messages wanted by id, whenever they were sent.</summary>
    public IReadOnlyCollection<string> MessageIds { get; init; } = [];

    /// <summary>When set, also every message sent at or after this time (unix seconds), and the newest message sent before it.</summary>
    public long? SentSince { get; init; }

    /// <summary>Every message of the room; the other fields are ignored. Its cost grows with the room's history.</summary>
    public bool WholeRoom { get; init; }

    /// <summary>The messages a webhook event (or any single message) needs: these ids only.</summary>
    public static MessageVersionQuery ForIds(IReadOnlyCollection<string> messageIds) => new() { MessageIds = messageIds };

    /// <summary>What diffing a window needs: its own messages and every message sent since its oldest send time.</summary>
    public static MessageVersionQuery ForWindow(IReadOnlyCollection<string> messageIds, long sentSince) =>
        new() { MessageIds = messageIds, SentSince = sentSince };

    /// <summary>Every message of the room.</summary>
    public static MessageVersionQuery ForWholeRoom() => new() { WholeRoom = true };
}
