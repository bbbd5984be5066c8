using ChatworkGuard.Emulator.Wire;

namespace ChatworkGuard.Emulator.State;

/// <summary>Tasks: one per assignee, each announced by a task_added system message.</summary>
internal sealed partial class EmulatorState
{
    public List<long> CreateTask(Account account, long roomId, string body, IReadOnlyList<long> toIds, long limitTime, TaskLimitType limitType, bool enforcePostLimit)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionSendEdit);
        var created = new List<StoredMessage>();
        var taskIds = new List<long>();
        long[] memberIds;
        lock (room.Gate)
        {
            var member = MemberOrLost(room, account.Id, ApiErrors.NoPermissionSendEdit);
            if (member.Role == RoomRole.Readonly)
            {
                throw ApiException.Forbidden(ApiErrors.NoPermissionSendEdit);
            }

            var strangers = toIds.Where(id => !room.Members.ContainsKey(id)).ToList();
            if (strangers.Count > 0)
            {
                throw ApiException.BadRequest(ApiErrors.InvalidAccounts("to_ids", strangers));
            }

            if (enforcePostLimit && !room.PostLimiter.TryAcquire(_time.GetUtcNow()))
            {
                throw new ApiException(429, ApiErrors.RoomPostLimit);
            }

            foreach (var assigneeId in toIds.Distinct())
            {
                var message = Append(room, account, SystemMessages.TaskAdded(assigneeId, limitTime, limitType, body));
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
            _events.MessageCreated(room.Id, message, memberIds);
        }

        return taskIds;
    }

    public List<TaskDto> ListTasks(ApiCaller caller, long roomId, long? accountId, long? assignedById, bool done)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            return [.. room.Tasks
                .Where(t => t.Done == done
                    && (accountId is null || t.Assignee.Id == accountId)
                    && (assignedById is null || t.AssignedBy.Id == assignedById))
                .Take(EmulatorDefaults.MaxListItems)
                .Select(t => t.ToDto())];
        }
    }

    public TaskDto GetTask(ApiCaller caller, long roomId, long taskId)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            return (room.Tasks.Find(t => t.Id == taskId) ?? throw ApiException.NotFound(ApiErrors.TaskNotFound)).ToDto();
        }
    }

    public void SetTaskStatus(ApiCaller caller, long roomId, long taskId, bool done)
    {
        var room = RoomOrLost(roomId, ApiErrors.NoPermissionRoom);
        lock (room.Gate)
        {
            var member = MemberOrLost(room, caller.Account.Id, ApiErrors.NoPermissionRoom);
            var task = room.Tasks.Find(t => t.Id == taskId) ?? throw ApiException.NotFound(ApiErrors.TaskNotFound);
            if (member.Role == RoomRole.Readonly)
            {
                throw ApiException.Forbidden(ApiErrors.NoPermissionTask);
            }

            task.Done = done;
        }
    }

    public List<MyTaskDto> MyTasks(Account account, long? assignedById, bool done)
    {
        var tasks = new List<MyTaskDto>();
        foreach (var room in _rooms.Values.OrderBy(r => r.Id))
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
                        && tasks.Count < EmulatorDefaults.MaxListItems)
                    {
                        tasks.Add(task.ToMyTask(reference));
                    }
                }
            }
        }

        return tasks;
    }
}
