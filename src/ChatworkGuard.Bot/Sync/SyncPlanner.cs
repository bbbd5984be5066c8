namespace ChatworkGuard.Bot.Sync;

/// <summary>
/// Decides what a sync cycle joins and reads: GET /rooms once, each watched room's state brought up to date (the
/// ledger, the stored cursor, pending actions, the profile inferred again after a rename), then the rooms with
/// something to do, most urgent first.
/// </summary>
internal sealed class SyncPlanner(
    IChatworkRoomReader client,
    ISyncCursorStore cursors,
    RoomLedger ledger,
    RoomDirectory rooms,
    RoomActionCatchUp catchUp,
    RoomProfileInference inference,
    UrgentReadShare urgentShare,
    RoomMembership membership,
    IOptionsMonitor<SyncOptions> options,
    TimeProvider time)
{
    /// <summary>Lists the watched rooms and plans the cycle's joins and reads.</summary>
    public async Task<SyncPlan> PlanAsync(CancellationToken cancellationToken)
    {
        var listed = (await client.GetRoomsAsync(cancellationToken))
            .Where(r => r.Type != RoomType.My && rooms.IsWatched(r.RoomId))
            .ToList();

        // The stored cursors carry reads made before a restart or by another instance sharing the database.
        var stored = await cursors.LoadCursorsAsync(cancellationToken);
        var stalled = await catchUp.FindStalledAsync(cancellationToken);
        var now = time.GetUtcNow();
        var plan = new List<(Room Room, RoomLedgerEntry Entry, int Priority)>();
        var anyJoined = false;
        foreach (var room in listed)
        {
            var entry = await ledger.GetAsync(room.RoomId, cancellationToken);
            if (entry.Lifecycle != RoomLifecycle.Active)
            {
                // Another instance sharing the database may have joined the room since this one cached it.
                entry = await ledger.RefreshAsync(room.RoomId, cancellationToken);
            }

            anyJoined |= entry.Lifecycle == RoomLifecycle.Active;
            if (stored.TryGetValue(room.RoomId, out var cursor))
            {
                entry.Adopt(cursor);
            }

            await catchUp.CatchUpAsync(entry, stalled, cancellationToken);
            // Every listed room, due or not: a rename moves neither last_update_time nor message_num.
            await inference.ReinferIfRenamedAsync(room, entry, cancellationToken);
            var priority = Prioritise(room, entry);
            if (priority < 0 && await membership.ReadByChangedAsync(room.RoomId, entry.Snapshot, cancellationToken))
            {
                // Another account reads the room now: one read archives a snapshot that says so.
                priority = 1;
            }

            if (priority >= 0)
            {
                entry.ChangedSince ??= now;
                plan.Add((room, entry, priority));
            }
        }

        // Within a priority, the room that has waited longest first: when the budget binds, delay stays fair.
        // Joins and burst reads go first, but only within their share while other rooms wait (UrgentReadShare).
        var ranked = plan
            .OrderByDescending(p => p.Priority).ThenBy(p => p.Entry.ChangedSince).ThenByDescending(p => p.Room.LastUpdateTime)
            .ToList();
        var due = urgentShare.Admit(ranked, p => p.Priority switch { 3 => UrgentReadShare.BurstReadCost, 2 => UrgentReadShare.JoinCost, _ => 0 }, anyJoined)
            .Select(p => (p.Room, p.Entry))
            .ToList();
        return new SyncPlan(listed, due);
    }

    // Higher first: rooms about to overflow the 100-message window, then rooms never seen, then changed rooms.
    // -1 means nothing to do. A room without a stored cursor is "changed"; a restart re-reads only rooms that
    // changed while the bot was down (resync catches edits that moved neither field).
    private int Prioritise(Room room, RoomLedgerEntry entry)
    {
        if (entry.Lifecycle != RoomLifecycle.Active)
        {
            return 2;
        }

        if (entry.LastReadAt is null)
        {
            return 1;
        }

        var growth = room.MessageNum - entry.MessageNum;
        if (growth > options.CurrentValue.BurstThreshold)
        {
            return 3;
        }

        return room.LastUpdateTime != entry.LastUpdateTime || room.MessageNum != entry.MessageNum ? 1 : -1;
    }
}
