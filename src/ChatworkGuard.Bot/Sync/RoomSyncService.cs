using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Actions;
using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.Chatwork.Client;
using ChatworkGuard.Chatwork.Models;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Bot.Sync;

/// <summary>
/// One sync cycle: GET /rooms once, join new rooms, re-read changed rooms with force=1, archive lost rooms.
/// force=1 instead of force=0: the server-side cursor is shared with anyone else using the bot's account, and
/// force=1 shows edits and deletions in the same call.
/// </summary>
internal sealed partial class RoomSyncService
{
    private readonly IChatworkClient _client;
    private readonly ISyncCursorStore _cursors;
    private readonly ResyncAllowance _resyncAllowance;
    private readonly MessageIngestor _ingestor;
    private readonly RoomLedger _ledger;
    private readonly RoomDirectory _rooms;
    private readonly RoomProfiles _profiles;
    private readonly BotIdentity _identity;
    private readonly MessageActionPipeline _actions;
    private readonly NoticePoster _poster;
    private readonly TeamLeadNotifier _teamLead;
    private readonly IOptionsMonitor<SyncOptions> _options;
    private readonly IOptionsMonitor<RoomsOptions> _roomsOptions;
    private readonly IReadOnlyList<IRoomLifecycleListener> _listeners;
    private readonly TimeProvider _time;
    private readonly ILogger<RoomSyncService> _logger;

    public RoomSyncService(
        IChatworkClient client,
        ISyncCursorStore cursors,
        ResyncAllowance resyncAllowance,
        MessageIngestor ingestor,
        RoomLedger ledger,
        RoomDirectory rooms,
        RoomProfiles profiles,
        BotIdentity identity,
        MessageActionPipeline actions,
        NoticePoster poster,
        TeamLeadNotifier teamLead,
        IOptionsMonitor<SyncOptions> options,
        IOptionsMonitor<RoomsOptions> roomsOptions,
        IEnumerable<IRoomLifecycleListener> listeners,
        TimeProvider time,
        ILogger<RoomSyncService> logger)
    {
        _client = client;
        _cursors = cursors;
        _resyncAllowance = resyncAllowance;
        _ingestor = ingestor;
        _ledger = ledger;
        _rooms = rooms;
        _profiles = profiles;
        _identity = identity;
        _actions = actions;
        _poster = poster;
        _teamLead = teamLead;
        _options = options;
        _roomsOptions = roomsOptions;
        _listeners = [.. listeners];
        _time = time;
        _logger = logger;
    }

    /// <summary>When the last cycle completed without a failure of GET /rooms.</summary>
    public DateTimeOffset? LastSuccessfulCycleAt { get; private set; }

    /// <summary>Runs one cycle. Rooms are processed one by one; one room's failure does not stop the others.</summary>
    public async Task<SyncCycleReport> RunCycleAsync(CancellationToken cancellationToken)
    {
        await AcceptContactRequestsAsync(cancellationToken);
        var listed = (await _client.GetRoomsAsync(cancellationToken))
            .Where(r => r.Type != RoomType.My && _rooms.IsWatched(r.RoomId))
            .ToList();

        // The stored cursors carry reads made before a restart or by another instance sharing the database.
        var cursors = await _cursors.LoadCursorsAsync(cancellationToken);
        var now = _time.GetUtcNow();
        var plan = new List<(Room Room, RoomLedgerEntry Entry, int Priority)>();
        foreach (var room in listed)
        {
            var entry = await _ledger.GetAsync(room.RoomId, cancellationToken);
            if (entry.Lifecycle != RoomLifecycle.Active)
            {
                // Another instance sharing the database may have joined the room since this one cached it.
                entry = await _ledger.RefreshAsync(room.RoomId, cancellationToken);
            }

            if (cursors.TryGetValue(room.RoomId, out var cursor))
            {
                entry.Adopt(cursor);
            }

            await ReplayPendingActionsAsync(entry, cancellationToken);
            try
            {
                await ReinferIfRenamedAsync(room, entry, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                Log.RoomFailed(_logger, room.RoomId, error);
            }

            var priority = Prioritise(room, entry);
            if (priority >= 0)
            {
                entry.ChangedSince ??= now;
                plan.Add((room, entry, priority));
            }
        }

        int joined = 0, read = 0, failed = 0, added = 0;
        // Within a priority, the room that has waited longest first: when the budget binds, delay stays fair.
        foreach (var (room, entry, _) in plan.OrderByDescending(p => p.Priority).ThenBy(p => p.Entry.ChangedSince).ThenByDescending(p => p.Room.LastUpdateTime))
        {
            try
            {
                if (entry.Lifecycle != RoomLifecycle.Active)
                {
                    added += await JoinAsync(room, entry, cancellationToken);
                    joined++;
                }
                else
                {
                    added += await ReadAsync(room, entry, RecordSource.Poll, _client, cancellationToken);
                    read++;
                }

                await AnnounceActiveAsync(entry, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                failed++;
                Log.RoomFailed(_logger, room.RoomId, error);
            }
        }

        var lost = await DetectLostRoomsAsync(listed.Select(r => r.RoomId).ToHashSet(), cancellationToken);
        LastSuccessfulCycleAt = _time.GetUtcNow();
        var report = new SyncCycleReport(listed.Count, joined, read, lost, added, failed);
        Log.CycleDone(_logger, report.RoomsListed, report.Joined, report.Read, report.Lost, report.RecordsAdded, report.Failed);
        return report;
    }

    // Once per room and process, before the room is read: what a killed process archived but did not act on.
    private async Task ReplayPendingActionsAsync(RoomLedgerEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Lifecycle != RoomLifecycle.Active || entry.ActionsReplayed)
        {
            return;
        }

        try
        {
            await _actions.ReplayPendingAsync(entry.RoomId, cancellationToken);
            entry.ActionsReplayed = true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Log.RoomFailed(_logger, entry.RoomId, error);
        }
    }

    private async Task AnnounceActiveAsync(RoomLedgerEntry entry, CancellationToken cancellationToken)
    {
        if (entry.AnnouncedActive)
        {
            return;
        }

        foreach (var listener in _listeners)
        {
            await listener.OnRoomActiveAsync(entry.RoomId, cancellationToken);
        }

        entry.AnnouncedActive = true;
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
        if (growth > _options.CurrentValue.BurstThreshold)
        {
            return 3;
        }

        return room.LastUpdateTime != entry.LastUpdateTime || room.MessageNum != entry.MessageNum ? 1 : -1;
    }

    /// <summary>Reads a room's latest window with force=1 and archives what changed; returns records added.</summary>
    private async Task<int> ReadAsync(Room room, RoomLedgerEntry entry, RecordSource source, IChatworkClient reader, CancellationToken cancellationToken)
    {
        await entry.Gate.WaitAsync(cancellationToken);
        IngestResult result;
        try
        {
            var window = await reader.GetMessagesAsync(room.RoomId, force: true, cancellationToken);
            int? growth = entry.LastReadAt is null ? null : room.MessageNum - entry.MessageNum;
            result = await _ingestor.IngestWindowAsync(room.RoomId, window, source, growth, reader, cancellationToken);
            // Saved only after the window's records are archived: a crash before this re-reads the room, never skips it.
            await _cursors.SaveCursorAsync(entry.MarkRead(room.LastUpdateTime, room.MessageNum, _time.GetUtcNow()), cancellationToken);
            if (source == RecordSource.Resync || result.MessageVersions.Any(r => MentionsMemberChange(r.Body)))
            {
                result = new IngestResult([.. result.Added, .. await SnapshotIfChangedAsync(room, entry, source, reader, cancellationToken)]);
            }
        }
        finally
        {
            entry.Gate.Release();
        }

        await _actions.RunAsync(room.RoomId, result, cancellationToken);
        return result.Added.Count;
    }

    private static bool MentionsMemberChange(string? body) =>
        body is not null && body.Contains("[dtext:chatroom_", StringComparison.Ordinal)
        && (body.Contains("member", StringComparison.Ordinal) || body.Contains("added", StringComparison.Ordinal)
            || body.Contains("deleted", StringComparison.Ordinal) || body.Contains("leave", StringComparison.Ordinal));
}
