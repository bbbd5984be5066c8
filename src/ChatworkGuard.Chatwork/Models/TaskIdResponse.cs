namespace ChatworkGuard.Chatwork.Models;

/// <summary><c>{"task_id":…}</c>.</summary>
internal sealed record TaskIdResponse
{
    public long TaskId { get; init; }
}
