namespace ChatworkGuard.Chatwork.Models;

/// <summary>The unread counts after marking messages read or unread.</summary>
public sealed record ReadState
{
    /// <summary>Unread messages left in the room.</summary>
    public int UnreadNum { get; init; }

    /// <summary>Unread mentions left in the room.</summary>
    public int MentionNum { get; init; }
}
