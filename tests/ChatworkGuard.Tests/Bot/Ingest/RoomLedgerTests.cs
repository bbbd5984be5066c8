using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Sqlite;
using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Policy.Detection;
using ChatworkGuard.Policy.Escrow;
using ChatworkGuard.Tests.Archive;

namespace ChatworkGuard.Tests.Bot.Ingest;

public sealed class RoomLedgerTests
{
    private const string Escrow = """{"state":{"room_id":101,"milestone":"1","milestone_number":1,"status":"reminded","reminder_count":1,"last_reminder_at":null,"confirmed_by":null,"confirmed_at":null},"cause":"reminder","escalated":false}""";
    private const string Confirmed = """{"state":{"room_id":101,"milestone":"1","milestone_number":1,"status":"confirmed","reminder_count":1,"last_reminder_at":null,"confirmed_by":7,"confirmed_at":null},"cause":"confirm","escalated":false}""";

    [Fact]
    public async Task GetAsync_RoomWithEventsAmongMessages_HasTheStateOfItsEventsAndStandsAfterTheHead()
    {
        using var directory = new TempDirectory();
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = "Data Source=" + directory.File("guard.db") });
        var snapshot = new RoomSnapshotDetails("LP制作", [new RoomMember(1, "山田 花子", "admin")], "Lancers").ToJson();
        await store.AppendBatchAsync(
            [
                Drafts.Event(101, RecordKind.RoomJoined, null, 0),
                Drafts.Event(101, RecordKind.RoomSnapshot, snapshot, 1),
                .. Drafts.Messages(101, 20),
                Drafts.Event(101, RecordKind.ReminderPosted, Escrow, 30),
                Drafts.Event(101, RecordKind.WarningPosted, """{"categories":["direct-payment"],"account_id":10001}""", 31),
                .. Drafts.Messages(101, 5, start: 21),
            ],
            CancellationToken.None);

        var entry = await new RoomLedger(store).GetAsync(101, CancellationToken.None);

        Assert.Equal((RoomLifecycle.Active, "LP制作", EscrowStatus.Reminded, 30L),
            (entry.Lifecycle, entry.Name, entry.Escrow?.Status, entry.NextSequence));
        Assert.Equal(Drafts.Epoch.AddSeconds(31) + TimeSpan.FromHours(1),
            entry.Warnings.HeldUntil("direct-payment", 10001, RuleSeverity.High, Drafts.Epoch.AddSeconds(32), TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task RefreshAsync_AfterMoreRecords_AppliesOnlyTheNewEvents()
    {
        using var directory = new TempDirectory();
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = "Data Source=" + directory.File("guard.db") });
        await store.AppendBatchAsync([Drafts.Event(101, RecordKind.RoomJoined, null, 0), .. Drafts.Messages(101, 3), Drafts.Event(101, RecordKind.ReminderPosted, Escrow, 4)], CancellationToken.None);
        var ledger = new RoomLedger(store);
        await ledger.GetAsync(101, CancellationToken.None);

        await store.AppendBatchAsync([.. Drafts.Messages(101, 2, start: 4), Drafts.Event(101, RecordKind.EscrowConfirmed, Confirmed, 9), Drafts.Event(101, RecordKind.RoomLost, null, 10)], CancellationToken.None);
        var entry = await ledger.RefreshAsync(101, CancellationToken.None);

        Assert.Equal((RoomLifecycle.Lost, EscrowStatus.Confirmed, 7L, 10L),
            (entry.Lifecycle, entry.Escrow?.Status, entry.Escrow?.ConfirmedBy, entry.NextSequence));
    }

    [Fact]
    public async Task GetAsync_RoomTheArchiveDoesNotKnow_IsEmptyAndReadsFromTheStart()
    {
        using var directory = new TempDirectory();
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = "Data Source=" + directory.File("guard.db") });

        var entry = await new RoomLedger(store).GetAsync(404, CancellationToken.None);

        Assert.Equal((RoomLifecycle.Unknown, (EscrowState?)null, 0L), (entry.Lifecycle, entry.Escrow, entry.NextSequence));
    }
}
