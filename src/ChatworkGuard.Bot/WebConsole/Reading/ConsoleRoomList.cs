using System.Collections.Concurrent;
using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Bot.Rooms;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Bot.WebConsole.Reading;

/// <summary>
/// The rooms page's lines, read through the archive, the bot's <see cref="RoomLedger"/> and <see cref="RoomOverviewReader"/>
/// (what `chatwork-guard rooms` shows). A room's counts are folded from its records only when its chain head moved since
/// the last page, so a page for many quiet rooms costs one head lookup per room.
/// </summary>
internal sealed class ConsoleRoomList
{
    private readonly IArchiveStore _archive;
    private readonly RoomLedger _ledger;
    private readonly IOptionsMonitor<RoomsOptions> _rooms;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<long, (long Sequence, RoomOverview Overview)> _overviews = new();

    public ConsoleRoomList(IArchiveStore archive, RoomLedger ledger, IOptionsMonitor<RoomsOptions> rooms, TimeProvider time)
    {
        _archive = archive;
        _ledger = ledger;
        _rooms = rooms;
        _time = time;
    }

    /// <summary>Every archived room, in room id order.</summary>
    public Task<IReadOnlyList<ConsoleRoomRow>> ReadAsync(CancellationToken cancellationToken) =>
        ArchivedRooms.ReadEachAsync(_archive, ReadAsync, cancellationToken);

    /// <summary>One room's line; null when the archive does not know the room.</summary>
    public async Task<ConsoleRoomRow?> FindAsync(long roomId, CancellationToken cancellationToken) =>
        await _archive.GetChainHeadAsync(roomId, cancellationToken) is null ? null : await ReadAsync(roomId, cancellationToken);

    private async Task<ConsoleRoomRow> ReadAsync(long roomId, CancellationToken cancellationToken)
    {
        var head = await _archive.GetChainHeadAsync(roomId, cancellationToken);
        var sequence = head?.Sequence ?? 0;
        var overview = _overviews.TryGetValue(roomId, out var cached) && cached.Sequence == sequence
            ? cached.Overview
            : await FoldAsync(roomId, sequence, cancellationToken);
        var entry = await _ledger.GetAsync(roomId, cancellationToken);
        if (entry.NextSequence <= sequence)
        {
            entry = await _ledger.RefreshAsync(roomId, cancellationToken);
        }

        var delay = entry.ChangedSince is { } since ? _time.GetUtcNow() - since : (TimeSpan?)null;
        return new ConsoleRoomRow(
            roomId,
            overview.Name,
            overview.State,
            overview.Profile?.Platform.ToString() ?? "",
            entry.Snapshot?.Members.Count ?? 0,
            overview.Messages,
            overview.Edits,
            overview.Deletions,
            overview.Warnings,
            entry.Escrow,
            overview.LastRecordAt,
            delay);
    }

    private async Task<RoomOverview> FoldAsync(long roomId, long sequence, CancellationToken cancellationToken)
    {
        var overview = await RoomOverviewReader.ReadAsync(_archive, roomId, cancellationToken, _rooms.CurrentValue);
        // Records appended while folding are counted; keyed by the head read before, the next page folds again.
        _overviews[roomId] = (sequence, overview);
        return overview;
    }
}
