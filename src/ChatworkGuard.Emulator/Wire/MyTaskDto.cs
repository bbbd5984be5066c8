namespace ChatworkGuard.Emulator.Wire;

/// <summary>One item of <c>GET /my/tasks</c>.</summary>
internal sealed record MyTaskDto(
    long TaskId,
    RoomRefDto Room,
    AccountRefDto AssignedByAccount,
    string MessageId,
    string Body,
    long LimitTime,
    string Status,
    string LimitType);
