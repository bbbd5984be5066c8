namespace ChatworkGuard.Chatwork.Models;

/// <summary>The fields every task answer carries (<c>GET /my/tasks</c>, <c>GET /rooms/{id}/tasks</c>).</summary>
public abstract record ChatworkTask
{
    /// <summary>The task id.</summary>
    public long TaskId { get; init; }

    /// <summary>Who assigned it.</summary>
    public AccountSummary AssignedByAccount { get; init; } = new();

    /// <summary>The message that created it.</summary>
    public string MessageId { get; init; } = "";

    /// <summary>The task text (Chatwork notation).</summary>
    public string Body { get; init; } = "";

    /// <summary>The deadline, unix seconds (0 = none).</summary>
    public long LimitTime { get; init; }

    /// <summary>Open or done.</summary>
    public ChatworkTaskStatus Status { get; init; }

    /// <summary>How the deadline is meant.</summary>
    public TaskLimitType LimitType { get; init; }
}
