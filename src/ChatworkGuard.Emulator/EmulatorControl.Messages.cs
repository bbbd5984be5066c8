namespace ChatworkGuard.Emulator;

/// <summary>Messages, tasks and files, posted as any member (no rate limits).</summary>
public sealed partial class EmulatorControl
{
    /// <summary>Posts a message as a member of the room; returns its message_id.</summary>
    public string PostMessage(long accountId, long roomId, string body)
    {
        CheckBody(body);
        RequireRoom(roomId);
        var account = Run(() => _state.Accounts.Require(accountId));
        return Run(() => _state.Messages.Post(account, roomId, body, selfUnread: false, enforcePostLimit: false)).Dto.MessageId;
    }

    /// <summary>Edits a message as its author; update_time becomes now.</summary>
    public void EditMessage(long roomId, string messageId, string body)
    {
        CheckBody(body);
        var id = ParseMessageId(messageId);
        RequireRoom(roomId);
        Run(() => _state.Messages.Edit(null, roomId, id, body));
    }

    /// <summary>Deletes a message as its author.</summary>
    public void DeleteMessage(long roomId, string messageId)
    {
        var id = ParseMessageId(messageId);
        RequireRoom(roomId);
        Run(() => _state.Messages.Delete(null, roomId, id));
    }

    /// <summary>Every message of a room as stored, deleted ones included (whatever the switches show the API).</summary>
    public IReadOnlyList<EmulatedMessage> GetMessages(long roomId) => Run(() => _state.Messages.Inspect(roomId));

    /// <summary>Creates one task per assignee (each with its task_added message); returns the task ids.</summary>
    public IReadOnlyList<long> CreateTask(
        long accountId,
        long roomId,
        string body,
        IEnumerable<long> toIds,
        DateTimeOffset? limit = null,
        TaskLimitType limitType = TaskLimitType.None)
    {
        ArgumentNullException.ThrowIfNull(toIds);
        CheckBody(body);
        var assignees = toIds.ToList();
        if (assignees.Count == 0)
        {
            throw new EmulatorControlException("A task needs at least one assignee.");
        }

        RequireRoom(roomId);
        var account = Run(() => _state.Accounts.Require(accountId));
        return Run(() => _state.Tasks.Create(account, roomId, body, assignees, limit?.ToUnixTimeSeconds() ?? 0, limitType, enforcePostLimit: false));
    }

    /// <summary>Uploads a file (at most <see cref="EmulatorOptions.MaxFileSize"/>) with its file_uploaded message; returns its file id.</summary>
    public long UploadFile(long accountId, long roomId, string fileName, ReadOnlyMemory<byte> content, string? message = null)
    {
        if (string.IsNullOrEmpty(fileName))
        {
            throw new EmulatorControlException("A file needs a name.");
        }

        RequireRoom(roomId);
        var account = Run(() => _state.Accounts.Require(accountId));
        return Run(() => _state.Files.Upload(account, roomId, fileName, content.ToArray(), message, enforcePostLimit: false));
    }

    private static void CheckBody(string body)
    {
        if (string.IsNullOrEmpty(body) || body.Length > ApiLimits.MaxBodyLength)
        {
            throw new EmulatorControlException($"A body must be 1 to {ApiLimits.MaxBodyLength} characters long.");
        }
    }

    private static long ParseMessageId(string messageId) =>
        long.TryParse(messageId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new EmulatorControlException($"'{messageId}' is not a message id (digits only).", 404);
}
