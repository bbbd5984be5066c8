namespace ChatworkGuard.Emulator.Wire;

/// <summary>A task of a room (<c>GET /rooms/{id}/tasks</c>).</summary>
internal sealed record TaskDto(
    long TaskId,
    AccountRefDto Account,
    AccountRefDto AssignedByAccount,
    string MessageId,
    string Body,
    long LimitTime,
    string Status,
    string LimitType);
