using ChatworkGuard.Archive;
using ChatworkGuard.IntegrationTests.Support;

namespace ChatworkGuard.IntegrationTests.Bot;

public sealed class RoomSyncTests
{
    [Fact]
    public async Task BotJoinsARoomArchivesItsHistoryAndIntroducesItself()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        control.PostMessage(world.Client.AccountId, world.RoomId, "はじめまして、よろしくお願いします。");

        var report = await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.Equal(1, report.Joined);
        var records = await world.RecordsAsync();
        Assert.Equal(RecordKind.RoomJoined, records[0].Kind);
        Assert.Equal(RecordKind.RoomSnapshot, records[1].Kind);
        var snapshot = RoomSnapshotDetails.TryParse(records[1].Details)!;
        Assert.Equal(3, snapshot.Members.Count);
        Assert.Equal("CrowdWorks", snapshot.Platform);
        Assert.Contains(records, r => r.Kind == RecordKind.MessageCreated && r.Body == "はじめまして、よろしくお願いします。");
        var intro = Assert.Single(control.GetMessages(world.RoomId), m => m.AccountId == world.BotAccount.AccountId);
        Assert.Contains("ChatworkGuard", intro.Body, StringComparison.Ordinal);
        Assert.Contains("クラウドワークス", intro.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewMessagesAreArchivedOnceAcrossCycles()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var id = control.PostMessage(world.Client.AccountId, world.RoomId, "デザイン案を送ります");

        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None);

        var records = await world.RecordsAsync();
        Assert.Single(records, r => r.MessageId == id);
    }

    [Fact]
    public async Task ClientEditsAMessageAndTheOriginalStaysInTheArchive()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        var id = control.PostMessage(world.Client.AccountId, world.RoomId, "報酬は5万円です");
        await world.Sync.RunCycleAsync(CancellationToken.None);

        control.EditMessage(world.RoomId, id, "報酬は3万円です");
        control.PostMessage(world.Freelancer.AccountId, world.RoomId, "承知しました");
        await world.Sync.RunCycleAsync(CancellationToken.None);

        var versions = (await world.RecordsAsync()).Where(r => r.MessageId == id).ToList();
        Assert.Equal([RecordKind.MessageCreated, RecordKind.MessageEdited], versions.Select(v => v.Kind));
        Assert.Equal(["報酬は5万円です", "報酬は3万円です"], versions.Select(v => v.Body));
    }

    [Fact]
    public async Task DeletedMessageIsArchivedAsDeletedWithItsLastBody()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        var id = control.PostMessage(world.Client.AccountId, world.RoomId, "LINEで話しましょう");
        await world.Sync.RunCycleAsync(CancellationToken.None);

        control.DeleteMessage(world.RoomId, id);
        control.PostMessage(world.Freelancer.AccountId, world.RoomId, "？");
        await world.Sync.RunCycleAsync(CancellationToken.None);

        var deleted = Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.MessageDeleted);
        Assert.Equal((id, "LINEで話しましょう"), (deleted.MessageId, deleted.Body));
    }

    [Fact]
    public async Task ResyncCatchesAnEditThatDidNotMoveTheRoom()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        var id = control.PostMessage(world.Client.AccountId, world.RoomId, "納期は来週です");
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None); // archives the bot's own intro
        control.EditMessage(world.RoomId, id, "納期は明日です");

        var quiet = await world.Sync.RunCycleAsync(CancellationToken.None);
        world.Clock.Advance(TimeSpan.FromMinutes(11));
        var reread = await world.Resync.RunResyncAsync(CancellationToken.None);

        Assert.Equal(0, quiet.Read);
        Assert.Equal(1, reread);
        var edit = Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.MessageEdited);
        Assert.Equal((RecordSource.Resync, "納期は明日です"), (edit.Source, edit.Body));
    }

    [Fact]
    public async Task DeletedRoomIsArchivedAsLostAndTheTeamLeadIsTold()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        await world.Sync.RunCycleAsync(CancellationToken.None);

        control.DeleteRoom(world.RoomId);
        var report = await world.Sync.RunCycleAsync(CancellationToken.None);
        var again = await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.Equal((1, 0), (report.Lost, again.Lost));
        // room-lost, then the checkpoint that fixes the lost room's last head.
        var records = await world.RecordsAsync();
        Assert.Equal([RecordKind.RoomLost, RecordKind.Checkpoint], records[^2..].Select(r => r.Kind));
        // The API's answer, byte for byte as room-lost details have always been written (docs/evidence-format.md).
        Assert.Equal("""{"status":403,"errors":["You don\u0027t have permission to access this room"]}""", records[^2].Details);
        var notice = Assert.Single(control.GetMessages(world.BotAccount.MyRoomId), m => m.Body.Contains("ID " + world.RoomId, StringComparison.Ordinal));
        Assert.Equal(world.BotAccount.AccountId, notice.AccountId);
    }

    [Fact]
    public async Task BotRemovedFromARoomArchivesTheLoss()
    {
        await using var world = await BotHarness.StartAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);

        world.Emulator.Control.RemoveMember(world.RoomId, world.BotAccount.AccountId);
        var report = await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.Equal(1, report.Lost);
    }

    [Fact]
    public async Task BurstBeyondTheWindowArchivesAGapSayingHowManyWereMissed()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None); // archives the bot's own intro
        for (var i = 0; i < 130; i++)
        {
            control.PostMessage(world.Client.AccountId, world.RoomId, $"spam {i}");
        }

        await world.Sync.RunCycleAsync(CancellationToken.None);

        var gap = Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.Gap);
        Assert.Contains("\"count\":30", gap.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestartReconcilesEveryRoomAndDuplicatesNothing()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        control.PostMessage(world.Client.AccountId, world.RoomId, "first");
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var before = (await world.RecordsAsync()).Count;

        await world.StopBotAsync();
        var whileDown = control.PostMessage(world.Client.AccountId, world.RoomId, "sent while the bot was down");
        await world.StartBotAsync();
        var report = await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.Equal((0, 1), (report.Joined, report.Read));
        var records = await world.RecordsAsync();
        Assert.Single(records, r => r.MessageId == whileDown);
        Assert.Single(records, r => r.Kind == RecordKind.RoomJoined);
        Assert.Single(control.GetMessages(world.RoomId), m => m.AccountId == world.BotAccount.AccountId && m.Body.Contains("[info]", StringComparison.Ordinal));
        Assert.True(records.Count > before);
    }

    [Fact]
    public async Task ContactRequestsAreAcceptedSoTeamLeadsCanAddTheBot()
    {
        await using var world = await BotHarness.StartAsync();
        world.Settings["Sync:AcceptContactRequestsFrom:0"] = world.TeamLead.AccountId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await world.StartBotAsync();
        world.Emulator.Control.AddIncomingRequest(world.TeamLead.AccountId, world.BotAccount.AccountId, "よろしくお願いします");

        await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.Contains(world.Emulator.Control.RequestLog, e => e.Method == "PUT" && e.Path.StartsWith("/v2/incoming_requests/", StringComparison.Ordinal) && e.Status == 200);
    }

    [Fact]
    public async Task ContactRequestsAreCheckedOncePerIntervalNotEveryCycle()
    {
        await using var world = await BotHarness.StartAsync();
        world.Settings["Sync:AcceptContactRequestsFrom:0"] = world.TeamLead.AccountId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await world.StartBotAsync();
        var control = world.Emulator.Control;
        await world.Sync.RunCycleAsync(CancellationToken.None);
        control.AddIncomingRequest(world.TeamLead.AccountId, world.BotAccount.AccountId, "追加お願いします");

        world.Clock.Advance(TimeSpan.FromSeconds(30));
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var checksWithinTheMinute = control.RequestLog.Count(e => e.Method == "GET" && e.Path == "/v2/incoming_requests");
        world.Clock.Advance(TimeSpan.FromSeconds(31));
        await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.Equal(1, checksWithinTheMinute);
        Assert.Equal(2, control.RequestLog.Count(e => e.Method == "GET" && e.Path == "/v2/incoming_requests"));
        Assert.Contains(control.RequestLog, e => e.Method == "PUT" && e.Path.StartsWith("/v2/incoming_requests/", StringComparison.Ordinal) && e.Status == 200);
    }

    [Fact]
    public async Task MemberChangesAreArchivedAsSnapshots()
    {
        await using var world = await BotHarness.StartAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);

        world.Emulator.Control.AddMember(world.RoomId, world.TeamLead.AccountId);
        world.Clock.Advance(TimeSpan.FromMinutes(11));
        await world.Resync.RunResyncAsync(CancellationToken.None);

        var snapshots = (await world.RecordsAsync()).Where(r => r.Kind == RecordKind.RoomSnapshot).ToList();
        Assert.Equal(2, snapshots.Count);
        Assert.Equal(4, RoomSnapshotDetails.TryParse(snapshots[^1].Details)!.Members.Count);
    }

    [Fact]
    public async Task DeniedRoomIsNeverJoined()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        var denied = control.CreateGroupRoom(world.Client.AccountId, "private", [world.Client.AccountId], [world.BotAccount.AccountId]);
        world.Settings["Rooms:Deny:0"] = denied.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await world.StartBotAsync();

        var report = await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.Equal(1, report.Joined);
        Assert.Empty(await world.RecordsAsync(denied));
        Assert.DoesNotContain(control.GetMessages(denied), m => m.AccountId == world.BotAccount.AccountId);
    }
}
