namespace ChatworkGuard.Chatwork.Models;

/// <summary>The account's unread, mention and task counts (<c>GET /my/status</c>).</summary>
public sealed record MyStatus
{
    /// <summary>Rooms with unread messages.</summary>
    public int UnreadRoomNum { get; init; }

    /// <summary>Rooms with unread mentions.</summary>
    public int MentionRoomNum { get; init; }

    /// <summary>Rooms with open tasks for the account.</summary>
    public int MytaskRoomNum { get; init; }

    /// <summary>Unread messages.</summary>
    public int UnreadNum { get; init; }

    /// <summary>Unread mentions.</summary>
    public int MentionNum { get; init; }

    /// <summary>Open tasks.</summary>
    public int MytaskNum { get; init; }
}
