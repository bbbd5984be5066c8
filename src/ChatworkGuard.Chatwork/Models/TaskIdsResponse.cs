namespace ChatworkGuard.Chatwork.Models;

/// <summary><c>{"task_ids":[…]}</c>.</summary>
internal sealed record TaskIdsResponse
{
    public IReadOnlyList<long> TaskIds { get; init; } = [];
}
