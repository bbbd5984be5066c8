namespace ChatworkGuard.Emulator.Wire;

/// <summary>One item of <c>GET /my/tasks</c>: the task and its room (the assignee is the caller), then the fields
/// every task body has, which the base record writes (so <c>Fields</c> itself is not written).</summary>
internal sealed record MyTaskDto(long TaskId, RoomRefDto Room, [property: JsonIgnore] TaskFieldsDto Fields)
    : TaskFieldsDto(Fields);
