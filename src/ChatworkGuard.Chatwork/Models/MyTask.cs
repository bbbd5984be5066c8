namespace ChatworkGuard.Chatwork.Models;

/// <summary>A task assigned to the account (<c>GET /my/tasks</c>).</summary>
public sealed record MyTask : ChatworkTask
{
    /// <summary>The room the task lives in.</summary>
    public TaskRoom Room { get; init; } = new();
}
