using System.Globalization;
using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Escrow;
using ChatworkGuard.IntegrationTests.Support;
using ChatworkGuard.Policy.Escrow;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ChatworkGuard.IntegrationTests.Bot;

public sealed class EscrowTests
{
    internal const string NeverCron = "0 0 3 1 1 ? 2099";

    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    internal static async Task<BotHarness> JoinedWorldAsync(Action<BotHarness>? configure = null)
    {
        var world = await BotHarness.StartAsync();
        world.Settings[$"Rooms:Profiles:{world.RoomId}:ContractorAccountIds:0"] = world.Freelancer.AccountId.ToString(CultureInfo.InvariantCulture);
        configure?.Invoke(world);
        await world.StartBotAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None); // the bot's own intro
        return world;
    }

    private static string ToBot(BotHarness world, string command) =>
        $"[To:{world.BotAccount.AccountId}]ChatworkGuardさん\n{command}";

    private static EscrowService Escrow(BotHarness world) => world.Services.GetRequiredService<EscrowService>();

    private static List<ChatworkGuard.Emulator.EmulatedMessage> BotMessages(BotHarness world) =>
        world.Emulator.Control.GetMessages(world.RoomId).Where(m => m.AccountId == world.BotAccount.AccountId).ToList();

    // Days after the clock's current Tokyo date, so the room stays "recently active".
    internal static DateTimeOffset SetTokyoTime(BotHarness world, int day, int hour)
    {
        var today = TimeZoneInfo.ConvertTime(world.Clock.GetUtcNow(), Tokyo).Date;
        var target = new DateTimeOffset(today.AddDays(day).AddHours(hour), TimeSpan.FromHours(9));
        world.Clock.AdvanceTo(target);
        return target;
    }

    [Fact]
    public async Task JoinNoticeCarriesThePlatformsEscrowChecklist()
    {
        await using var world = await JoinedWorldAsync();

        var intro = Assert.Single(BotMessages(world));

        Assert.Contains("サービス外連絡申請", intro.Body, StringComparison.Ordinal);
        Assert.Contains("仮払い", intro.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FreelancerAnnouncesTheStartBeforeEscrowAndIsReminded()
    {
        await using var world = await JoinedWorldAsync();
        var id = world.Emulator.Control.PostMessage(world.Freelancer.AccountId, world.RoomId, "本日から作業を開始します。よろしくお願いします。");

        await world.Sync.RunCycleAsync(CancellationToken.None);

        var reminder = Assert.Single(BotMessages(world), m => m.Body.Contains("[rp ", StringComparison.Ordinal));
        Assert.Contains($"to={world.RoomId}-{id}]", reminder.Body, StringComparison.Ordinal);
        Assert.Contains($"[To:{world.Freelancer.AccountId}]", reminder.Body, StringComparison.Ordinal);
        var record = Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.ReminderPosted);
        Assert.Contains("work-start", record.Details, StringComparison.Ordinal);
        Assert.Equal(EscrowStatus.Reminded, (await Escrow(world).GetStateAsync(world.RoomId, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task ContractorConfirmsAndRemindersStop()
    {
        await using var world = await JoinedWorldAsync();
        world.Emulator.Control.PostMessage(world.Freelancer.AccountId, world.RoomId, ToBot(world, "仮払い済み"));
        await world.Sync.RunCycleAsync(CancellationToken.None);

        world.Emulator.Control.PostMessage(world.Freelancer.AccountId, world.RoomId, "では作業を開始します。");
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var (scheduled, _) = await Escrow(world).RunScheduledAsync(world.RoomId, CancellationToken.None);

        var confirmed = Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.EscrowConfirmed);
        Assert.Equal(world.Freelancer.AccountId, confirmed.AccountId);
        Assert.Contains(BotMessages(world), m => m.Body.Contains("仮払いの確認を記録しました", StringComparison.Ordinal));
        Assert.DoesNotContain(await world.RecordsAsync(), r => r.Kind == RecordKind.ReminderPosted);
        Assert.Equal(ScheduledReminderOutcome.NotNeeded, scheduled);
    }

    [Fact]
    public async Task MemberWithoutTheRightGetsAPoliteRefusal()
    {
        await using var world = await JoinedWorldAsync();
        world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, ToBot(world, "escrow confirmed"));

        await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.Contains(BotMessages(world), m => m.Body.Contains("仮払いの確認はできませんでした", StringComparison.Ordinal));
        Assert.DoesNotContain(await world.RecordsAsync(), r => r.Kind == RecordKind.EscrowConfirmed);
    }

    [Fact]
    public async Task StatusAndHelpAreAnsweredAndANewMilestoneStartsUnconfirmed()
    {
        await using var world = await JoinedWorldAsync();
        world.Emulator.Control.PostMessage(world.Freelancer.AccountId, world.RoomId, ToBot(world, "仮払い済み"));
        world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, ToBot(world, "次のマイルストーン 実装フェーズ"));
        world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, ToBot(world, "状態"));
        world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, ToBot(world, "help"));

        await world.Sync.RunCycleAsync(CancellationToken.None);

        var state = await Escrow(world).GetStateAsync(world.RoomId, CancellationToken.None);
        Assert.Equal(("実装フェーズ", EscrowStatus.Unknown), (state.Milestone, state.Status));
        var replies = BotMessages(world).Select(m => m.Body).ToList();
        Assert.Contains(replies, b => b.Contains("マイルストーン「実装フェーズ」：仮払い未確認", StringComparison.Ordinal));
        Assert.Contains(replies, b => b.Contains("ChatworkGuard のコマンド", StringComparison.Ordinal));
        Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.EscrowChanged);
    }

    [Fact]
    public async Task ChatworkTaskCreatedBeforeEscrowTriggersAReminder()
    {
        await using var world = await JoinedWorldAsync();
        world.Emulator.Control.CreateTask(world.Client.AccountId, world.RoomId, "トップページのデザイン", [world.Freelancer.AccountId]);

        await world.Sync.RunCycleAsync(CancellationToken.None);

        var record = Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.ReminderPosted);
        Assert.Contains("\"cause\":\"task\"", record.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledReminderWaitsOutQuietHoursInTokyo()
    {
        await using var world = await JoinedWorldAsync(w => w.Settings["Escrow:ReminderCron"] = NeverCron);
        var lateEvening = SetTokyoTime(world, day: 1, hour: 23);

        var (late, retryAt) = await Escrow(world).RunScheduledAsync(world.RoomId, CancellationToken.None);
        SetTokyoTime(world, day: 2, hour: 10);
        var (morning, _) = await Escrow(world).RunScheduledAsync(world.RoomId, CancellationToken.None);

        Assert.Equal(ScheduledReminderOutcome.Deferred, late);
        Assert.Equal(lateEvening.AddHours(9), retryAt);
        Assert.Equal(ScheduledReminderOutcome.Posted, morning);
    }

    [Fact]
    public async Task RemindersEscalateToTheContractorAndTheTeamLead()
    {
        await using var world = await JoinedWorldAsync(w =>
        {
            w.Settings["Escrow:EscalateAfter"] = "2";
            w.Settings["Escrow:ReminderCron"] = NeverCron; // only the slots this test runs by hand
        });
        for (var day = 1; day <= 3; day++)
        {
            SetTokyoTime(world, day, hour: 10);
            await Escrow(world).RunScheduledAsync(world.RoomId, CancellationToken.None);
        }

        var reminders = BotMessages(world).Skip(1).ToList();
        Assert.Equal(3, reminders.Count);
        Assert.DoesNotContain($"[To:{world.Freelancer.AccountId}]", reminders[0].Body, StringComparison.Ordinal);
        Assert.Contains($"[To:{world.Freelancer.AccountId}]", reminders[2].Body, StringComparison.Ordinal);
        Assert.Contains(world.Emulator.Control.GetMessages(world.BotAccount.MyRoomId), m => m.Body.Contains("未確認", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EscrowStateSurvivesARestart()
    {
        await using var world = await JoinedWorldAsync();
        world.Emulator.Control.PostMessage(world.Freelancer.AccountId, world.RoomId, ToBot(world, "仮払い確認"));
        await world.Sync.RunCycleAsync(CancellationToken.None);

        await world.StartBotAsync();

        Assert.Equal(EscrowStatus.Confirmed, (await Escrow(world).GetStateAsync(world.RoomId, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task RoomsCommandShowsEachRoomsEscrowState()
    {
        await using var world = await JoinedWorldAsync();
        world.Emulator.Control.PostMessage(world.Freelancer.AccountId, world.RoomId, ToBot(world, "仮払い済み"));
        await world.Sync.RunCycleAsync(CancellationToken.None);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await ChatworkGuard.Bot.Cli.RoomsCommand.RunAsync(world.DatabasePath, json: true, ChatworkGuard.Bot.Rooms.ArchivedEscrowStatusProvider.Instance, output, error, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("\"confirmed\"", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachRoomGetsAPersistentCronTriggerInItsTimeZoneThatFiresOnceAfterDowntime()
    {
        await using var world = await JoinedWorldAsync();
        var scheduler = await world.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var trigger = Assert.IsType<ICronTrigger>(await scheduler.GetTrigger(EscrowScheduler.CronKeyOf(world.RoomId)), exactMatch: false);
        await world.StartBotAsync();
        var afterRestart = await world.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        Assert.Equal("0 0 10 ? * MON-FRI", trigger.CronExpressionString);
        Assert.Equal(Tokyo.Id, trigger.TimeZone.Id);
        Assert.Equal(CronTriggerMisfireInstruction.FireAndProceed, (CronTriggerMisfireInstruction)trigger.MisfireInstruction);
        Assert.True(await afterRestart.Exists(EscrowScheduler.CronKeyOf(world.RoomId)), "The schedule must survive a restart (persistent job store).");
        var next = new CronExpression(trigger.CronExpressionString!, Tokyo).GetNextValidTimeAfter(new DateTimeOffset(2030, 1, 4, 12, 0, 0, TimeSpan.FromHours(9)));
        Assert.Equal(new DateTimeOffset(2030, 1, 7, 10, 0, 0, TimeSpan.FromHours(9)), next); // Friday noon → Monday 10:00 JST
    }

    [Fact]
    public async Task InvalidCronStopsTheStartWithAMessageNamingIt()
    {
        await using var world = await BotHarness.StartAsync();
        world.Settings["Escrow:ReminderCron"] = "every morning";

        var error = await Assert.ThrowsAnyAsync<Exception>(world.StartBotAsync);

        Assert.Contains("Escrow:ReminderCron", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuartzFiresTheWeekdayReminderAndOnlyOnceForSlotsMissedWhileDown()
    {
        await using var world = await JoinedWorldAsync();
        var monday = NextTokyoMonday(world);

        world.Clock.AdvanceTo(monday.AddHours(10).AddMinutes(1));
        // Quartz may have read the time just before the jump and then parked for its idle wait (30 s on the fake
        // clock, started after the jump): moving the clock on a few seconds per poll wakes it, and stays far from the
        // next 10:00 slot.
        await WaitForAsync(async () =>
        {
            world.Clock.Advance(TimeSpan.FromSeconds(5));
            return (await world.RecordsAsync()).Count(r => r.Kind == RecordKind.ReminderPosted) == 1;
        });
        await world.StopBotAsync();
        world.Clock.AdvanceTo(monday.AddDays(3).AddHours(12)); // Tuesday, Wednesday and Thursday 10:00 pass while down
        await world.StartBotAsync();
        await WaitForAsync(async () => (await world.RecordsAsync()).Count(r => r.Kind == RecordKind.ReminderPosted) >= 2);
        // Once the trigger's next fire time is past the fake clock, no missed slot is left to fire: had it fired once
        // per missed slot, the next fire time would still be an earlier 10:00, not Friday's.
        await WaitForAsync(async () => await NextReminderAsync(world) > world.Clock.GetUtcNow());

        var reminders = (await world.RecordsAsync()).Where(r => r.Kind == RecordKind.ReminderPosted).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.Equal(monday.AddDays(4).AddHours(10), await NextReminderAsync(world));
        Assert.All(reminders, r => Assert.Contains("\"cause\":\"schedule\"", r.Details, StringComparison.Ordinal));
    }

    private static async Task<DateTimeOffset?> NextReminderAsync(BotHarness world)
    {
        var scheduler = await world.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(EscrowScheduler.CronKeyOf(world.RoomId));
        return trigger?.NextFireTimeUtc;
    }

    private static DateTimeOffset NextTokyoMonday(BotHarness world)
    {
        var today = TimeZoneInfo.ConvertTime(world.Clock.GetUtcNow(), Tokyo).Date;
        var days = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
        return new DateTimeOffset(today.AddDays(days == 0 ? 7 : days), TimeSpan.FromHours(9));
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 150; i++)
        {
            if (await condition())
            {
                return;
            }

            // Poll interval: Quartz's jobs write the archive on their own threads and offer no signal to await.
            await Task.Delay(100);
        }

        Assert.Fail("The condition did not become true within 15 s.");
    }
}
