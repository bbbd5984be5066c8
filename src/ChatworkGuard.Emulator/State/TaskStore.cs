namespace ChatworkGuard.Emulator.State;

/// <summary>Tasks: one per assignee, each announced by a task_added system message. Tasks live in their room,
/// under its lock.</summary>
internal sealed class TaskStore(RoomRegistry rooms, MessageStore messages, TimeProvider time, IRoomEventSink events)
{
    private readonly IdSequence _taskIds = new(140_000_001);

    public List<long> Create(Account account, long roomId, string body, IReadOnlyList<long> toIds, long limitTime, TaskLimitType limitType, bool enforcePostLimit)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionSendEdit);
        var created = new List<StoredMessage>();
        var taskIds = new List<long>();
        long[] memberIds;
        lock (room.Gate)
        {
            var member = rooms.MemberOrLost(room, account.Id, ApiErrors.NoPermissionSendEdit);
            member.RequireCanPost();
            var strangers = toIds.Where(id => !room.Members.ContainsKey(id)).ToList();
            if (strangers.Count > 0)
            {
                throw ApiException.BadRequest(ApiErrors.InvalidAccounts("to_ids", strangers));
            }

            if (enforcePostLimit)
            {
                room.TakePostSlot(time.GetUtcNow());
            }

            foreach (var assigneeId in toIds.Distinct())
            {
                var message = messages.Append(room, account, SystemMessages.TaskAdded(assigneeId, limitTime, limitType, body));
                var task = new StoredTask(_taskIds.Next(), room.Id, room.Members[assigneeId].Account, account, message.Id, body, limitTime, limitType);
                room.Tasks.Add(task);
                taskIds.Add(task.Id);
                created.Add(message);
            }

            member.ReadUpTo = created[^1].Id;
            memberIds = [.. room.Members.Keys];
        }

        foreach (var message in created)
        {
            events.MessageCreated(room.Id, message, memberIds);
        }

        return taskIds;
    }

    public List<TaskDto> List(ApiCaller caller, long roomId, long? accountId, long? assignedById, bool done)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            rooms.MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            return [.. room.Tasks
                .Where(t => t.Done == done
                    && (accountId is null || t.Assignee.Id == accountId)
                    && (assignedById is null || t.AssignedBy.Id == assignedById))
                .Take(ApiLimits.MaxListItems)
                .Select(t => t.ToDto())];
        }
    }

    public TaskDto Get(ApiCaller caller, long roomId, long taskId)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            rooms.MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            return TaskOrNotFound(room, taskId).ToDto();
        }
    }

    public void SetStatus(ApiCaller caller, long roomId, long taskId, bool done)
    {
        var room = rooms.RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            var member = rooms.MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            var task = TaskOrNotFound(room, taskId);
            if (member.Role == RoomRole.Readonly)
            {
                throw ApiException.Forbidden(ApiErrors.NoPermissionTask);
            }

            task.Done = done;
        }
    }

    /// <summary>GET /my/tasks: the account's tasks across its rooms in room id order, each room locked on its own.</summary>
    public List<MyTaskDto> Mine(Account account, long? assignedById, bool done)
    {
        var tasks = new List<MyTaskDto>();
        foreach (var room in rooms.InIdOrder())
        {
            lock (room.Gate)
            {
                if (room.Deleted || !room.Members.ContainsKey(account.Id))
                {
                    continue;
                }

                var reference = new RoomRefDto(room.Id, room.NameFor(account.Id), room.IconPathFor(account));
                foreach (var task in room.Tasks)
                {
                    if (task.Assignee.Id == account.Id && task.Done == done && (assignedById is null || task.AssignedBy.Id == assignedById)
                        && tasks.Count < ApiLimits.MaxListItems)
                    {
                        tasks.Add(task.ToMyTask(reference));
                    }
                }
            }
        }

        return tasks;
    }

    private static StoredTask TaskOrNotFound(Room room, long taskId) =>
        room.Tasks.Find(t => t.Id == taskId) ?? throw ApiException.NotFound(ApiErrors.TaskNotFound);
}
