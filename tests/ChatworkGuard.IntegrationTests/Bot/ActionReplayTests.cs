using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Actions;
using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.Bot.Sync;
using ChatworkGuard.Chatwork.Client;
using ChatworkGuard.IntegrationTests.Support;
using ChatworkGuard.Policy.Notices;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>A process killed between archiving a message and acting on it: the next process acts, once.</summary>
public sealed class ActionReplayTests
{
    private const string LineLure = "手数料がもったいないので、今後はLINEで直接やりとりしませんか？ IDは client123 です。";

    [Fact]
    public async Task Restart_AfterAKillBetweenArchivingAndWarning_WarnsOnce()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var lure = control.PostMessage(world.Client.AccountId, world.RoomId, LineLure);
        // What the killed process got done: the read's records are archived; its actions never ran.
        await ArchiveWithoutActingAsync(world);

        await world.StartBotAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.StartBotAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);

        var warnings = control.GetMessages(world.RoomId).Where(m => m.AccountId == world.BotAccount.AccountId && m.Body.Contains($"to={world.RoomId}-{lure}]", StringComparison.Ordinal)).ToList();
        Assert.Single(warnings);
        var posted = Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.WarningPosted);
        Assert.Equal(warnings[0].MessageId, posted.MessageId);
        Assert.DoesNotContain(await world.RecordsAsync(), r => r.Kind == RecordKind.WarningSuppressed);
    }

    [Fact]
    public async Task Restart_AfterAKillBetweenWarningAndMarkingItDone_NeitherWarnsAgainNorHoldsBack()
    {
        await using var world = await BotHarness.StartAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var lure = world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, LineLure);
        // What the killed process got done: the lure archived and warned about, the records not yet marked done.
        await ArchiveWithoutActingAsync(world);
        var record = Assert.Single(await world.RecordsAsync(), r => r.MessageId == lure);
        var profile = await world.Services.GetRequiredService<RoomProfiles>().GetAsync(world.RoomId, CancellationToken.None);
        foreach (var action in world.Services.GetRequiredService<MessageActionPipeline>().Actions)
        {
            await action.HandleAsync(new ArchivedMessage(record), profile, CancellationToken.None);
        }

        await world.StartBotAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);

        await AssertWarnedOnceAsync(world, lure);
        Assert.DoesNotContain(await world.RecordsAsync(), r => r.Kind == RecordKind.WarningSuppressed);
    }

    [Fact]
    public async Task Restart_AfterAnotherInstanceActedOnALaterMessage_StillWarnsOnTheLureTheKilledOneArchived()
    {
        await using var world = await BotHarness.StartAsync();
        var lure = await LeaveALureUnactedAsync(world);

        // Instance B (this process, which caught the room up before A archived) acts on the later message.
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var cursors = world.Services.GetRequiredService<ISyncCursorStore>();
        var lureRecord = Assert.Single(await world.RecordsAsync(), r => r.MessageId == lure);
        Assert.True((await cursors.LoadActionProgressAsync(world.RoomId, CancellationToken.None)).IsPending(lureRecord.Sequence));
        Assert.DoesNotContain(await world.RecordsAsync(), r => r.Kind == RecordKind.WarningPosted);

        // A's restart acts on the lure.
        await world.StartBotAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);

        await AssertWarnedOnceAsync(world, lure);
        var head = await world.Archive.GetChainHeadAsync(world.RoomId, CancellationToken.None);
        Assert.Equal(head!.Sequence, (await cursors.LoadActionProgressAsync(world.RoomId, CancellationToken.None)).ActedThrough);
    }

    [Fact]
    public async Task KilledInstanceNeverReturns_TheInstanceRunningTheCycleTakesTheStalledLureOver()
    {
        await using var world = await BotHarness.StartAsync();
        var lure = await LeaveALureUnactedAsync(world);

        // Not yet stalled: the instance that archived the lure may still be acting on it.
        world.Clock.Advance(RoomActionCatchUp.StalledAfter - TimeSpan.FromSeconds(1));
        await world.Sync.RunCycleAsync(CancellationToken.None);
        Assert.DoesNotContain(await world.RecordsAsync(), r => r.Kind == RecordKind.WarningPosted);

        world.Clock.Advance(TimeSpan.FromSeconds(2));
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None);

        await AssertWarnedOnceAsync(world, lure);
        var cursors = world.Services.GetRequiredService<ISyncCursorStore>();
        Assert.Empty(await cursors.FindRoomsWithStalledActionsAsync(world.Clock.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task ReplayedNotice_AlreadyInTheRoom_IsNotPostedAgain()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var poster = world.Services.GetRequiredService<NoticePoster>();
        var address = NoticeAddress.Reply(world.Client.AccountId, control.PostMessage(world.Client.AccountId, world.RoomId, "作業を始めます"));
        var notice = new Notice("再送確認テスト", "作業の前に仮払いを確認してください。");
        var (_, first) = await poster.PostAsync(world.RoomId, notice, address, CancellationToken.None);

        string again, other;
        using (ActionReplay.Begin())
        {
            (_, again) = await poster.PostAsync(world.RoomId, notice, address, CancellationToken.None);
            (_, other) = await poster.PostAsync(world.RoomId, notice with { Body = "別の内容です。" }, address, CancellationToken.None);
        }

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Single(control.GetMessages(world.RoomId), m => m.MessageId == first);
        Assert.Equal(2, control.GetMessages(world.RoomId).Count(m => m.AccountId == world.BotAccount.AccountId && m.Body.Contains("再送確認テスト", StringComparison.Ordinal)));
    }

    /// <summary>Instance A archives a lure and is killed before acting on it; then a later, innocent message arrives.
    /// This process plays the other instance: it caught the room up before A archived.</summary>
    private static async Task<string> LeaveALureUnactedAsync(BotHarness world)
    {
        var control = world.Emulator.Control;
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var lure = control.PostMessage(world.Client.AccountId, world.RoomId, LineLure);
        await ArchiveWithoutActingAsync(world);
        control.PostMessage(world.Freelancer.AccountId, world.RoomId, "承知しました。見積もりを確認します。");
        return lure;
    }

    private static async Task AssertWarnedOnceAsync(BotHarness world, string lure)
    {
        var posted = Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.WarningPosted);
        var warning = Assert.Single(world.Emulator.Control.GetMessages(world.RoomId), m => m.MessageId == posted.MessageId);
        Assert.Contains($"to={world.RoomId}-{lure}]", warning.Body, StringComparison.Ordinal);
    }

    private static async Task ArchiveWithoutActingAsync(BotHarness world)
    {
        var client = world.Services.GetRequiredService<IChatworkClient>();
        var window = await client.GetMessagesAsync(world.RoomId, force: true, CancellationToken.None);
        var ingested = await world.Services.GetRequiredService<MessageIngestor>()
            .IngestWindowAsync(world.RoomId, window, RecordSource.Poll, null, client, CancellationToken.None);
        Assert.NotEmpty(ingested.MessageVersions);
    }
}
