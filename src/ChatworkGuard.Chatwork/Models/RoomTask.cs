namespace ChatworkGuard.Chatwork.Models;

/// <summary>A task in a room (<c>GET /rooms/{id}/tasks</c>).</summary>
public sealed record RoomTask : ChatworkTask
{
    /// <summary>The assignee.</summary>
    public AccountSummary Account { get; init; } = new();
}
