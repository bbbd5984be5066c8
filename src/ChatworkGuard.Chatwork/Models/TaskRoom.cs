namespace ChatworkGuard.Chatwork.Models;

/// <summary>The short room object inside <c>GET /my/tasks</c> items.</summary>
public sealed record TaskRoom
{
    /// <summary>The room id.</summary>
    public long RoomId { get; init; }

    /// <summary>The room name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The room icon URL.</summary>
    public string IconPath { get; init; } = "";
}
