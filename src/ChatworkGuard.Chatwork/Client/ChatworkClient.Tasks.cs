namespace ChatworkGuard.Chatwork.Client;

/// <summary>Room tasks.</summary>
internal sealed partial class ChatworkClient
{
    public Task<IReadOnlyList<RoomTask>> GetTasksAsync(long roomId, long? accountId = null, long? assignedByAccountId = null,
        ChatworkTaskStatus? status = null, CancellationToken cancellationToken = default)
    {
        var request = Read($"rooms/{Id(roomId)}/tasks");
        if (accountId is { } account)
        {
            request.WithQuery("account_id", Id(account));
        }

        if (assignedByAccountId is { } by)
        {
            request.WithQuery("assigned_by_account_id", Id(by));
        }

        if (status is { } s)
        {
            request.WithQuery("status", StatusText(s));
        }

        return SendListAsync(request, ChatworkJsonContext.Default.IReadOnlyListRoomTask, cancellationToken);
    }

    public Task<RoomTask> GetTaskAsync(long roomId, long taskId, CancellationToken cancellationToken = default) =>
        SendRequiredAsync(Read($"rooms/{Id(roomId)}/tasks/{Id(taskId)}"), ChatworkJsonContext.Default.RoomTask, cancellationToken);

    /// <remarks>A task post is not reconciled like a message post: it is retried only after a 429 or when the connection was never
    /// made; any other failure surfaces as <see cref="ChatworkRequestException"/> with <c>MayHaveBeenApplied</c> set.</remarks>
    public async Task<IReadOnlyList<long>> PostTaskAsync(long roomId, string body, IReadOnlyCollection<long> assigneeIds, DateTimeOffset? limit = null,
        TaskLimitType limitType = TaskLimitType.None, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assigneeIds);
        if (assigneeIds.Count == 0)
        {
            throw new ArgumentException("A task needs at least one assignee.", nameof(assigneeIds));
        }

        // limit_type's server default is disputed (time or date), so it is always sent.
        var request = Write(Method.Post, $"rooms/{Id(roomId)}/tasks", postingRoomId: roomId)
            .WithForm("body", CheckBody(body, nameof(body)))
            .WithForm("to_ids", Csv(assigneeIds))
            .WithForm("limit_type", limitType switch
            {
                TaskLimitType.Date => "date",
                TaskLimitType.Time => "time",
                _ => "none",
            });
        if (limit is { } when)
        {
            request.WithForm("limit", when.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        }

        return (await SendRequiredAsync(request, ChatworkJsonContext.Default.TaskIdsResponse, cancellationToken)).TaskIds;
    }

    public async Task<long> UpdateTaskStatusAsync(long roomId, long taskId, ChatworkTaskStatus status, CancellationToken cancellationToken = default)
    {
        // The field really is called body.
        var request = Write(Method.Put, $"rooms/{Id(roomId)}/tasks/{Id(taskId)}/status").WithForm("body", StatusText(status));
        return (await SendRequiredAsync(request, ChatworkJsonContext.Default.TaskIdResponse, cancellationToken)).TaskId;
    }
}
