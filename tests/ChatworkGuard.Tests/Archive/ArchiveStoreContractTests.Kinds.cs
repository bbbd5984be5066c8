using ChatworkGuard.Archive;

namespace ChatworkGuard.Tests.Archive;

public abstract partial class ArchiveStoreContractTests
{
    /// <summary>Room 1: events between and after messages (sequences 1 to 12); room 2 has a warning of its own.</summary>
    private async Task AppendEventsAmongMessagesAsync()
    {
        await Store.AppendBatchAsync(
            [
                Drafts.Event(1, RecordKind.RoomJoined, null, 0),
                .. Drafts.Messages(1, 3),
                Drafts.Event(1, RecordKind.WarningPosted, """{"categories":["direct-payment"]}""", 10),
                Drafts.Message(1, 2, "edited", updateTime: 1_751_362_900, kind: RecordKind.MessageEdited),
                Drafts.Event(1, RecordKind.FileArchived, """{"file_id":5}""", 11),
                Drafts.Event(1, RecordKind.RoomProfile, """{"platform":"Lancers"}""", 12),
                .. Drafts.Messages(1, 2, start: 4),
                Drafts.Event(1, RecordKind.WarningPosted, """{"categories":["escrow-bypass"]}""", 13),
                Drafts.Event(1, RecordKind.RoomLost, """{"status":403}""", 14),
                Drafts.Event(2, RecordKind.WarningPosted, """{"categories":["off-platform-contact"]}""", 15),
            ],
            CancellationToken.None);
    }

    [StoreFact]
    public async Task ReadRoomKindsAsync_ReturnsTheNamedKindsWithinTheRange_AsTheWholeRoomHoldsThem()
    {
        await AppendEventsAmongMessagesAsync();
        RecordKind[] kinds = [RecordKind.WarningPosted, RecordKind.RoomProfile, RecordKind.RoomLost];

        var read = new List<ArchiveRecord>();
        await foreach (var record in Store.ReadRoomKindsAsync(1, 3, 11, kinds, CancellationToken.None))
        {
            read.Add(record);
        }

        // The oracle is the full read, filtered here: same records, same bytes, same order.
        var expected = (await ReadAllAsync(1)).Where(r => r.Sequence is >= 3 and <= 11 && kinds.Contains(r.Kind)).ToList();
        Assert.Equal([5L, 8L, 11L], read.Select(r => r.Sequence));
        Assert.Equal(expected.Select(r => (r.Sequence, r.Kind, r.Details, r.Hash.ToString())),
            read.Select(r => (r.Sequence, r.Kind, r.Details, r.Hash.ToString())));
    }

    [StoreFact]
    public async Task ReadRoomKindsAsync_MessageKindOrNoKind_IsRefused()
    {
        await AppendEventsAmongMessagesAsync();

        await Assert.ThrowsAsync<ArgumentException>(async () =>
            await Store.ReadRoomKindsAsync(1, 1, 12, [RecordKind.RoomJoined, RecordKind.MessageEdited], CancellationToken.None).ToListAsync());
        await Assert.ThrowsAsync<ArgumentException>(async () =>
            await Store.ReadRoomKindsAsync(1, 1, 12, [], CancellationToken.None).ToListAsync());
    }

    [StoreFact]
    public async Task ReadRoomKindsAsync_ReadsThroughTheEventIndex()
    {
        await Store.AppendBatchAsync(Drafts.Messages(1, 50), CancellationToken.None);
        await AppendEventsAmongMessagesAsync();

        var plan = await ExplainAsync(ArchiveSql.SelectRoomKinds(2),
            ("@room_id", 1L), ("@from", 1L), ("@through", 70L),
            (ArchiveSql.KindParameter(0), "warning-posted"), (ArchiveSql.KindParameter(1), "room-lost"));

        Assert.Contains("archive_records_events", plan, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task TallyRoomAsync_CountsEachKindOfTheStretchAsTheWholeRoomHoldsThem()
    {
        await AppendEventsAmongMessagesAsync();

        var tally = await Store.TallyRoomAsync(1, 2, 11, CancellationToken.None);

        var stretch = (await ReadAllAsync(1)).Where(r => r.Sequence is >= 2 and <= 11).ToList();
        Assert.Equal(stretch.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => (long)g.Count()), tally.Counts);
        Assert.Equal(((long)stretch.Count, stretch.Max(r => r.ObservedAt)), (tally.Records, tally.LastObservedAt));
        Assert.Equal(5, tally.Of(RecordKind.MessageCreated));
    }

    [StoreFact]
    public async Task TallyRoomAsync_EmptyStretch_IsZero()
    {
        await AppendEventsAmongMessagesAsync();

        var tally = await Store.TallyRoomAsync(1, 13, 20, CancellationToken.None);

        Assert.Equal((0L, (DateTimeOffset?)null, 0), (tally.Records, tally.LastObservedAt, tally.Counts.Count));
    }

    [StoreFact]
    public async Task AnArchiveOfSchemaVersion4_GainsTheEventIndexAndActionMarksAndKeepsEveryRecord()
    {
        await AppendEventsAmongMessagesAsync();
        var before = await ReadAllAsync(1);
        // What an archive written by an earlier release looks like: no steps 5 and 6, no index, no action marks.
        await ExecuteSqlAsync("DROP INDEX archive_records_events");
        await ExecuteSqlAsync("DROP TABLE action_marks");
        await ExecuteSqlAsync("DELETE FROM archive_schema_migrations WHERE version >= 5");

        await using var reopened = CreateStore();
        await reopened.InitializeAsync(CancellationToken.None);

        var after = await ReadAllAsync(1, reopened);
        Assert.Equal(before.Select(r => r.Hash.ToString()), after.Select(r => r.Hash.ToString()));
        var warnings = new List<long>();
        await foreach (var record in reopened.ReadRoomKindsAsync(1, 1, 12, [RecordKind.WarningPosted], CancellationToken.None))
        {
            warnings.Add(record.Sequence);
        }

        Assert.Equal([5L, 11L], warnings);
        var plan = await ExplainAsync(ArchiveSql.SelectRoomKinds(1), ("@room_id", 1L), ("@from", 1L), ("@through", 12L), (ArchiveSql.KindParameter(0), "warning-posted"));
        Assert.Contains("archive_records_events", plan, StringComparison.Ordinal);
        var cursors = (ISyncCursorStore)reopened;
        await cursors.CompleteActionsAsync(1, [2], CancellationToken.None);
        Assert.Equal(2L, (await cursors.LoadActionProgressAsync(1, CancellationToken.None)).ActedThrough);
    }
}
