using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Sqlite;
using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.Tests.Archive;

namespace ChatworkGuard.Tests.Bot.Rooms;

public sealed class RoomOverviewReaderTests
{
    /// <summary>An archive with an active room (3 messages, an edit, a deletion, a warning) and a lost one.</summary>
    internal static async Task<string> CreateArchiveAsync(TempDirectory directory)
    {
        var path = directory.File("guard.db");
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = "Data Source=" + path });
        var snapshot = new RoomSnapshotDetails("LP制作（クラウドワークス）", [new RoomMember(1, "山田 花子", "admin")], "CrowdWorks").ToJson();
        await store.AppendBatchAsync(
            [
                Drafts.Event(101, RecordKind.RoomJoined, snapshot, 0),
                Drafts.Event(101, RecordKind.RoomSnapshot, snapshot, 0),
                .. Drafts.Messages(101, 3),
                Drafts.Message(101, 1, "edited body", updateTime: 1_751_362_900, kind: RecordKind.MessageEdited) with { ObservedAt = Drafts.Epoch.AddMinutes(5) },
                Drafts.Message(101, 2, kind: RecordKind.MessageDeleted) with { ObservedAt = Drafts.Epoch.AddMinutes(6) },
                Drafts.Event(101, RecordKind.WarningPosted, """{"categories":["off-platform-contact"]}""", 400),
                Drafts.Event(202, RecordKind.RoomJoined, null, 0),
                Drafts.Message(202, 9),
                Drafts.Event(202, RecordKind.RoomLost, """{"status":403}""", 50),
            ],
            CancellationToken.None);
        return path;
    }

    [Fact]
    public async Task ReadAsync_ActiveRoom_CountsEachKindAndTakesTheLatestSnapshotName()
    {
        using var directory = new TempDirectory();
        var path = await CreateArchiveAsync(directory);
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = "Data Source=" + path, ReadOnly = true });

        var room = await RoomOverviewReader.ReadAsync(store, 101, CancellationToken.None);

        Assert.Equal(new RoomOverview(101, "LP制作（クラウドワークス）", RoomLifecycle.Active, 8, 3, 1, 1, 1, Drafts.Epoch.AddSeconds(400)), room with { Profile = null });
        // No room-profile record and no configuration: the platform is the default, the roles come from the snapshot.
        Assert.Equal(ProfileSource.Default, room.Profile!.Sources.Platform);
    }

    [Fact]
    public async Task ReadAsync_RoomLostAfterJoining_IsLost()
    {
        using var directory = new TempDirectory();
        var path = await CreateArchiveAsync(directory);
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = "Data Source=" + path, ReadOnly = true });

        var room = await RoomOverviewReader.ReadAsync(store, 202, CancellationToken.None);

        Assert.Equal((RoomLifecycle.Lost, 3L, 1, ""), (room.State, room.Records, room.Messages, room.Name));
    }
}
