namespace ChatworkGuard.Bot.Ingest;

/// <summary>What the bot remembers of one room between cycles, derived from the room's archived records.</summary>
internal sealed class RoomLedgerEntry
{
    public RoomLedgerEntry(long roomId) => RoomId = roomId;

    /// <summary>The room.</summary>
    public long RoomId { get; }

    /// <summary>Joined, lost or unknown.</summary>
    public RoomLifecycle Lifecycle { get; set; }

    /// <summary>The latest archived snapshot of the room's name and members.</summary>
    public RoomSnapshotDetails? Snapshot { get; set; }

    /// <summary>What the room's room-profile records say (inferred platform, parts set by command).</summary>
    public Rooms.RoomProfileState Profile { get; } = new();

    /// <summary>When the room's messages were last read from the API (null: never, as far as the stored cursors know).</summary>
    public DateTimeOffset? LastReadAt { get; set; }

    /// <summary>When a sync cycle first saw the room changed since its last read (null: not waiting). Rooms that
    /// have waited longest are read first when the budget cannot read them all in one cycle.</summary>
    public DateTimeOffset? ChangedSince { get; set; }

    /// <summary>The room's last_update_time at the last read.</summary>
    public long LastUpdateTime { get; set; }

    /// <summary>The room's message_num at the last read.</summary>
    public int MessageNum { get; set; }

    /// <summary>The room's name at the last read.</summary>
    public string Name { get; set; } = "";

    /// <summary>The warnings posted in this room recently, for the cooldown.</summary>
    public ChatworkGuard.Bot.Actions.Warnings.WarningCooldown Warnings { get; } = new();

    /// <summary>Per message a warning answered (its reply_to), the categories warned: a replay after a crash neither
    /// warns again nor holds back (as a cooldown would) what the archive already answered for that message.</summary>
    public Dictionary<string, HashSet<string>> WarnedCategories { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The categories whose last warning came from the learned model alone: a rule's finding of the same category,
    /// which quotes the exact words, still posts within the cooldown.
    /// </summary>
    public HashSet<string> ModelOnlyWarnings { get; } = new(StringComparer.Ordinal);

    /// <summary>The escrow state of the current milestone, as last archived; null before any escrow record.</summary>
    public ChatworkGuard.Policy.Escrow.EscrowState? Escrow { get; set; }

    /// <summary>When a message last triggered a reminder (work-start, task), for the triggered-reminder cooldown.</summary>
    public DateTimeOffset? LastTriggeredReminderAt { get; set; }

    /// <summary>Whether this process has caught up the actions a previous process left undone in this room.</summary>
    public bool ActionsReplayed { get; set; }

    /// <summary>Whether lifecycle listeners were told this process that the room is active.</summary>
    public bool AnnouncedActive { get; set; }

    /// <summary>Serialises escrow state changes of this room (sync and webhooks may act at once).</summary>
    public SemaphoreSlim EscrowGate { get; } = new(1, 1);

    /// <summary>The sequence number of the first archived record not yet applied to this entry.</summary>
    public long NextSequence { get; set; }

    /// <summary>Serialises catching this entry up with the archive.</summary>
    public SemaphoreSlim RefreshGate { get; } = new(1, 1);

    /// <summary>The cursor of a read that has just been archived: remembered here and to be saved.</summary>
    public SyncCursor MarkRead(long lastUpdateTime, int messageNum, DateTimeOffset readAt)
    {
        LastReadAt = readAt;
        LastUpdateTime = lastUpdateTime;
        MessageNum = messageNum;
        ChangedSince = null;
        return new SyncCursor(RoomId, lastUpdateTime, messageNum, readAt);
    }

    /// <summary>Takes a stored cursor when it is newer than what this process remembers (after a restart, or when
    /// another instance sharing the database read the room).</summary>
    public void Adopt(SyncCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        if (LastReadAt is { } known && known >= cursor.ReadAt)
        {
            return;
        }

        LastReadAt = cursor.ReadAt;
        LastUpdateTime = cursor.LastUpdateTime;
        MessageNum = cursor.MessageNum;
    }

    /// <summary>Serialises reads and writes of this room so its chain keeps the API's order.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);
}
