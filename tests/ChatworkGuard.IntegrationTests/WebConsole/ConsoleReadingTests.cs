using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.Bot.WebConsole.Reading;
using ChatworkGuard.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.IntegrationTests.WebConsole;

/// <summary>The rooms and warnings pages' reading in the real bot host: folded once, then only what each room appended.</summary>
public sealed class ConsoleReadingTests
{
    [Fact]
    public async Task AfterARestart_TheWarmUpFoldsTheRoom_AndLaterPagesAddOnlyWhatCameSince()
    {
        await using var world = await BotHarness.StartAsync(settings: ConsoleWorld.Settings());
        var control = world.Emulator.Control;
        await world.Sync.RunCycleAsync(CancellationToken.None);
        control.PostMessage(world.Client.AccountId, world.RoomId, "はじめまして、よろしくお願いします");
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.StopBotAsync();
        await world.StartBotAsync();

        await world.Services.GetRequiredService<ConsoleRoomListWarmup>().Completion;
        var list = world.Services.GetRequiredService<ConsoleRoomList>();
        var afterStart = Assert.Single(await list.ReadAsync(CancellationToken.None));
        Assert.Equal(await FreshAsync(world), (afterStart.Messages, afterStart.Edits, afterStart.Deletions));

        var edited = control.PostMessage(world.Freelancer.AccountId, world.RoomId, "見積もりは10万円です");
        control.PostMessage(world.Freelancer.AccountId, world.RoomId, "明日送ります");
        await world.Sync.RunCycleAsync(CancellationToken.None);
        control.EditMessage(world.RoomId, edited, "見積もりは12万円です");
        control.PostMessage(world.Client.AccountId, world.RoomId, "承知しました");
        await world.Sync.RunCycleAsync(CancellationToken.None);

        var later = Assert.Single(await list.ReadAsync(CancellationToken.None));
        // Three new messages at least (the bot may have answered too) and the edit.
        Assert.True(later.Messages >= afterStart.Messages + 3, $"{afterStart.Messages} -> {later.Messages}");
        Assert.Equal(afterStart.Edits + 1, later.Edits);
        Assert.Equal(await FreshAsync(world), (later.Messages, later.Edits, later.Deletions));
    }

    [Fact]
    public async Task TheWarningsLog_AddsWarningsArchivedAfterTheLastView_AndFiltersThem()
    {
        await using var world = await BotHarness.StartAsync(settings: ConsoleWorld.Settings());
        var control = world.Emulator.Control;
        await world.Sync.RunCycleAsync(CancellationToken.None);
        control.PostMessage(world.Client.AccountId, world.RoomId, ConsoleWorld.LineLure);
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var log = world.Services.GetRequiredService<WarningLog>();
        var first = Assert.Single(await log.ReadAsync(null, null, null, CancellationToken.None));
        Assert.Contains("off-platform-contact", first.Categories);

        control.PostMessage(world.Client.AccountId, world.RoomId, "仮払いは後でまとめてやるので、先に作業を始めておいてください。報酬は銀行振込で直接お支払いします。");
        await world.Sync.RunCycleAsync(CancellationToken.None);

        var all = await log.ReadAsync(null, null, null, CancellationToken.None);
        Assert.Equal(2, all.Count);
        Assert.Equal(first.Sequence, all[1].Sequence);
        Assert.All(all, w => Assert.False(string.IsNullOrEmpty(w.RoomName)));
        var payment = Assert.Single(await log.ReadAsync("direct-payment", null, null, CancellationToken.None));
        Assert.True(payment.Sequence > first.Sequence);
        Assert.Empty(await log.ReadAsync(null, null, first.At, CancellationToken.None));
    }

    private static async Task<(int, int, int)> FreshAsync(BotHarness world)
    {
        var room = await RoomOverviewFold.ReadAsync(world.Archive, world.RoomId, CancellationToken.None);
        return (room.Messages, room.Edits, room.Deletions);
    }
}
