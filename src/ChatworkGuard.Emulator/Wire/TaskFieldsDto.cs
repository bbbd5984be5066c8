namespace ChatworkGuard.Emulator.Wire;

/// <summary>
/// The fields that close every task body, in Chatwork's order. A room's task (<see cref="TaskDto"/>) and an item of
/// <c>GET /my/tasks</c> (<see cref="MyTaskDto"/>) differ only in the field before these; the serializer writes a
/// derived type's own fields first, so that field stays second.
/// </summary>
internal record TaskFieldsDto(
    AccountRefDto AssignedByAccount,
    string MessageId,
    string Body,
    long LimitTime,
    string Status,
    string LimitType);
