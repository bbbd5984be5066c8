namespace ChatworkGuard.Emulator.State;

/// <summary>A task; <see cref="Done"/> is guarded by the room's lock.</summary>
internal sealed class StoredTask(long id, long roomId, Account assignee, Account assignedBy, long messageId, string body, long limitTime, TaskLimitType limitType)
{
    public long Id { get; } = id;

    public long RoomId { get; } = roomId;

    public Account Assignee { get; } = assignee;

    public Account AssignedBy { get; } = assignedBy;

    public long MessageId { get; } = messageId;

    public string Body { get; } = body;

    public long LimitTime { get; } = limitTime;

    public TaskLimitType LimitType { get; } = limitType;

    public bool Done { get; set; }

    public TaskDto ToDto() => new(Id, Assignee.Ref, Fields());

    public MyTaskDto ToMyTask(RoomRefDto room) => new(Id, room, Fields());

    private TaskFieldsDto Fields() => new(
        AssignedBy.Ref,
        MessageId.ToString(CultureInfo.InvariantCulture),
        Body,
        LimitTime,
        RoleNames.TaskStatus(Done),
        RoleNames.Of(LimitType));
}
