namespace ChatworkGuard.Chatwork.Models;

/// <summary>A room as <c>GET /rooms</c> and <c>GET /rooms/{id}</c> answer it.</summary>
public sealed record Room
{
    /// <summary>The room id.</summary>
    public long RoomId { get; init; }

    /// <summary>The room name.</summary>
    public string Name { get; init; } = "";

    /// <summary>My, direct or group.</summary>
    public RoomType Type { get; init; }

    /// <summary>The account's role in the room.</summary>
    public RoomRole Role { get; init; }

    /// <summary>Pinned by the account.</summary>
    public bool Sticky { get; init; }

    /// <summary>Unread messages for the account.</summary>
    public int UnreadNum { get; init; }

    /// <summary>Unread mentions for the account.</summary>
    public int MentionNum { get; init; }

    /// <summary>The account's open tasks here.</summary>
    public int MytaskNum { get; init; }

    /// <summary>Messages in the room.</summary>
    public int MessageNum { get; init; }

    /// <summary>Files in the room.</summary>
    public int FileNum { get; init; }

    /// <summary>Tasks in the room.</summary>
    public int TaskNum { get; init; }

    /// <summary>The room icon URL.</summary>
    public string IconPath { get; init; } = "";

    /// <summary>Latest activity, unix seconds.</summary>
    public long LastUpdateTime { get; init; }

    /// <summary>The description; only <c>GET /rooms/{id}</c> sends it.</summary>
    public string? Description { get; init; }
}
