namespace ChatworkGuard.Emulator.Wire;

/// <summary>A task of a room (<c>GET /rooms/{id}/tasks</c>): the task and its assignee, then the fields every task
/// body has, which the base record writes (so <c>Fields</c> itself is not written).</summary>
internal sealed record TaskDto(long TaskId, AccountRefDto Account, [property: JsonIgnore] TaskFieldsDto Fields)
    : TaskFieldsDto(Fields);
