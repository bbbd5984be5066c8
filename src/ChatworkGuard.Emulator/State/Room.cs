namespace ChatworkGuard.Emulator.State;

/// <summary>A room and everything in it. Every member except the identity is guarded by <see cref="Gate"/>,
/// one lock per room so that traffic in different rooms never contends.</summary>
internal sealed class Room(long id, RoomType type, string name, string description, string iconPreset, EmulatorOptions options)
{
    public Lock Gate { get; } = new();

    public long Id { get; } = id;

    public RoomType Type { get; } = type;

    public string Name { get; set; } = name;

    public string Description { get; set; } = description;

    public string IconPreset { get; set; } = iconPreset;

    public bool Deleted { get; set; }

    public Dictionary<long, RoomMember> Members { get; } = [];

    /// <summary>Every message ever posted, deleted ones included, in id order (ids only grow).</summary>
    public List<StoredMessage> Messages { get; } = [];

    public Dictionary<long, int> MessageIndex { get; } = [];

    public List<StoredTask> Tasks { get; } = [];

    public List<StoredFile> Files { get; } = [];

    /// <summary>Files members deleted; kept only so that <see cref="EmulatorOptions.DeletedFileUrlsKeepWorking"/> can serve them.</summary>
    public List<StoredFile> DeletedFiles { get; } = [];

    public RoomLink? Link { get; set; }

    public long LastUpdateTime { get; set; }

    /// <summary>Counts posts, edits and tombstones; force=0 cursors remember a value of it.</summary>
    public long ChangeSeq { get; set; }

    /// <summary>Messages that lists show (message_num).</summary>
    public int VisibleCount { get; set; }

    public SlidingWindowLimiter PostLimiter { get; } = new(options.RoomPostsPerWindow, options.RoomPostWindow);

    /// <summary>force=0 cursors: "a:{accountId}" or "t:{token}" → the <see cref="ChangeSeq"/> read up to.</summary>
    public Dictionary<string, long> Cursors { get; } = new(StringComparer.Ordinal);

    /// <summary>Refuses what only group chats allow (changing, leaving or deleting a room, its members, its link).</summary>
    public void RequireGroup()
    {
        if (Type != RoomType.Group)
        {
            throw ApiException.BadRequest(ApiErrors.GroupChatOnly);
        }
    }

    /// <summary>Takes one slot of the per-room posting limit, or refuses the post with 429.</summary>
    public void TakePostSlot(DateTimeOffset now)
    {
        if (!PostLimiter.TryAcquire(now))
        {
            throw new ApiException(429, ApiErrors.RoomPostLimit);
        }
    }

    /// <summary>Tasks assigned to <paramref name="accountId"/> that are still open (my_task_num).</summary>
    public int OpenTasksAssignedTo(long accountId)
    {
        var count = 0;
        foreach (var task in Tasks)
        {
            if (!task.Done && task.Assignee.Id == accountId)
            {
                count++;
            }
        }

        return count;
    }

    public static bool IsVisible(StoredMessage message, DeletedMessageBehavior behavior) =>
        !message.Deleted || behavior == DeletedMessageBehavior.Tombstone;

    public bool TryGetMessage(long messageId, out StoredMessage message)
    {
        if (MessageIndex.TryGetValue(messageId, out var index))
        {
            message = Messages[index];
            return true;
        }

        message = null!;
        return false;
    }

    /// <summary>The index of the first message with an id above <paramref name="messageId"/>.</summary>
    public int FirstIndexAfter(long messageId) => FirstIndexAbove(static m => m.Id, messageId);

    /// <summary>The index of the first message posted after the room's change counter was <paramref name="changeSeq"/>.</summary>
    public int FirstCreatedAfter(long changeSeq) => FirstIndexAbove(static m => m.CreatedSeq, changeSeq);

    public string NameFor(long viewerId)
    {
        if (Type != RoomType.Direct)
        {
            return Name;
        }

        foreach (var member in Members.Values)
        {
            if (member.Account.Id != viewerId)
            {
                return member.Account.Name;
            }
        }

        return Name;
    }

    public string IconPathFor(Account viewer)
    {
        switch (Type)
        {
            case RoomType.My:
                return viewer.AvatarImageUrl;
            case RoomType.Direct:
                foreach (var member in Members.Values)
                {
                    if (member.Account.Id != viewer.Id)
                    {
                        return member.Account.AvatarImageUrl;
                    }
                }

                return viewer.AvatarImageUrl;
            default:
                return $"https://appdata.chatwork.com/icon/ico_{IconPreset}.png";
        }
    }

    /// <summary>Binary search over <see cref="Messages"/>, which both ids and creation counters sort.</summary>
    private int FirstIndexAbove(Func<StoredMessage, long> key, long value)
    {
        int low = 0, high = Messages.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (key(Messages[mid]) <= value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
