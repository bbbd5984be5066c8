namespace ChatworkGuard.Chatwork.Client;

/// <summary>Typed Chatwork API v2 calls. Every call goes through one choke point with the API budget, retries and typed errors.</summary>
/// <remarks>
/// Errors: <see cref="ChatworkApiException"/> for an error status, <see cref="ChatworkRequestException"/> when no usable answer came,
/// <see cref="OperationCanceledException"/> only for the caller's own cancellation. Lists answered with 204 come back empty.
/// The bot depends only on the role interfaces this one extends; the rest of the API is here for tests and tools.
/// </remarks>
public interface IChatworkClient : IChatworkRoomReader, IChatworkPoster, IChatworkOwnAccount, IChatworkContactRequests, IChatworkFileReader
{
    /// <summary><c>GET /me</c>: the token's own account.</summary>
    Task<MyAccount> GetMeAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /my/status</c>: unread, mention and task counts.</summary>
    Task<MyStatus> GetMyStatusAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /my/tasks</c>: tasks assigned to the account (at most 100).</summary>
    Task<IReadOnlyList<MyTask>> GetMyTasksAsync(long? assignedByAccountId = null, ChatworkTaskStatus? status = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /contacts</c>.</summary>
    Task<IReadOnlyList<Contact>> GetContactsAsync(CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /incoming_requests/{id}</c>: rejects a contact request.</summary>
    Task RejectIncomingRequestAsync(long requestId, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms</c>: creates a group chat; returns its id. Not repeated when the answer is lost.</summary>
    Task<long> CreateRoomAsync(NewRoom room, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /rooms/{id}</c>: renames or re-describes a room; null fields stay as they are.</summary>
    Task<long> UpdateRoomAsync(long roomId, string? name = null, string? description = null, string? iconPreset = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /rooms/{id}</c> with <c>action_type=leave</c>: the bot leaves (its tasks and files there are deleted).</summary>
    Task LeaveRoomAsync(long roomId, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /rooms/{id}</c> with <c>action_type=delete</c>: deletes the room for everyone, irreversibly.</summary>
    Task DeleteRoomAsync(long roomId, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /rooms/{id}/members</c>: replaces the whole member list.</summary>
    Task<RoomMembersChange> UpdateMembersAsync(long roomId, IReadOnlyCollection<long> adminIds, IReadOnlyCollection<long>? memberIds = null,
        IReadOnlyCollection<long>? readonlyIds = null, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /rooms/{id}/messages/{message_id}</c>: edits one of the bot's messages.</summary>
    Task<string> EditMessageAsync(long roomId, string messageId, string body, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /rooms/{id}/messages/{message_id}</c>: deletes one of the bot's messages.</summary>
    Task<string> DeleteMessageAsync(long roomId, string messageId, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /rooms/{id}/messages/read</c>: marks messages read up to <paramref name="messageId"/> (all when null).</summary>
    Task<ReadState> MarkReadAsync(long roomId, string? messageId = null, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /rooms/{id}/messages/unread</c>: marks <paramref name="messageId"/> and later messages unread.</summary>
    Task<ReadState> MarkUnreadAsync(long roomId, string messageId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /rooms/{id}/tasks</c>: up to 100 tasks, filtered as given.</summary>
    Task<IReadOnlyList<RoomTask>> GetTasksAsync(long roomId, long? accountId = null, long? assignedByAccountId = null,
        ChatworkTaskStatus? status = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /rooms/{id}/tasks/{task_id}</c>.</summary>
    Task<RoomTask> GetTaskAsync(long roomId, long taskId, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{id}/tasks</c>: one task per assignee; returns their ids. Not repeated when the answer is lost.</summary>
    Task<IReadOnlyList<long>> PostTaskAsync(long roomId, string body, IReadOnlyCollection<long> assigneeIds, DateTimeOffset? limit = null,
        TaskLimitType limitType = TaskLimitType.None, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /rooms/{id}/tasks/{task_id}/status</c>: opens or completes a task.</summary>
    Task<long> UpdateTaskStatusAsync(long roomId, long taskId, ChatworkTaskStatus status, CancellationToken cancellationToken = default);

    /// <summary><c>GET /rooms/{id}/link</c>: the invitation link.</summary>
    Task<RoomLink> GetRoomLinkAsync(long roomId, CancellationToken cancellationToken = default);
}
