using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Sqlite;
using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.Tests.Archive;

namespace ChatworkGuard.Tests.Bot.Rooms;

public sealed class RoomOverviewFoldTests
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

        var room = await RoomOverviewFold.ReadAsync(store, 101, CancellationToken.None);

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

        var room = await RoomOverviewFold.ReadAsync(store, 202, CancellationToken.None);

        Assert.Equal((RoomLifecycle.Lost, 3L, 1, ""), (room.State, room.Records, room.Messages, room.Name));
    }

    [Fact]
    public async Task CatchUpAsync_AfterMoreRecords_FoldsOnlyTheNewOnesAndEqualsAFreshFold()
    {
        using var directory = new TempDirectory();
        var path = await CreateArchiveAsync(directory);
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = "Data Source=" + path });
        using var kept = new RoomOverviewFold(101);
        await kept.CatchUpAsync(store, CancellationToken.None);
        var before = kept.NextSequence;
        await store.AppendBatchAsync(
            [
                Drafts.Message(101, 7),
                Drafts.Message(101, 7, "edited again", updateTime: 1_751_363_000, kind: RecordKind.MessageEdited) with { ObservedAt = Drafts.Epoch.AddMinutes(9) },
                Drafts.Event(101, RecordKind.RoomLost, """{"status":404}""", 900),
            ],
            CancellationToken.None);

        // Two pages asking at once: the second waits for the first and finds nothing left to fold.
        await Task.WhenAll(kept.CatchUpAsync(store, CancellationToken.None), kept.CatchUpAsync(store, CancellationToken.None));

        var fresh = await RoomOverviewFold.ReadAsync(store, 101, CancellationToken.None);
        Assert.Equal(before + 3, kept.NextSequence);
        Assert.Equal(fresh with { Profile = null }, kept.ToOverview() with { Profile = null });
        Assert.Equal((RoomLifecycle.Lost, 11L, 4, 2), (kept.ToOverview().State, kept.ToOverview().Records, kept.ToOverview().Messages, kept.ToOverview().Edits));
    }

    [Fact]
    public async Task ToOverview_ConfiguredPlatform_IsResolvedWhenAskedNotWhenFolded()
    {
        using var directory = new TempDirectory();
        var path = await CreateArchiveAsync(directory);
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = "Data Source=" + path, ReadOnly = true });
        using var fold = new RoomOverviewFold(101);
        await fold.CatchUpAsync(store, CancellationToken.None);

        var configured = new RoomsOptions { Profiles = { ["101"] = new RoomProfileOptions { Platform = ChatworkGuard.Policy.Platforms.Platform.Lancers } } };

        Assert.Equal(ProfileSource.Default, fold.ToOverview().Profile!.Sources.Platform);
        Assert.Equal(ProfileSource.Configured, fold.ToOverview(configured).Profile!.Sources.Platform);
    }
}
