using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Actions;
using ChatworkGuard.Bot.Escrow;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.IntegrationTests.Support;
using ChatworkGuard.Policy.Notices;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>
/// A scheduled reminder whose run died between posting and archiving (a crash, or a killed instance of a cluster) is
/// run again by Quartz as a recovering run: that run archives the post it finds instead of posting the reminder twice.
/// </summary>
public sealed class EscrowRecoveryTests
{
    [Fact]
    public async Task RecoveringRun_AfterARunThatPostedAndDied_ArchivesThatPostAndPostsNothing()
    {
        await using var world = await DaytimeWorldAsync();
        var slot = world.Clock.GetUtcNow();
        // What the run that died left behind: its reminder in the room, and no record of it.
        var orphan = world.Emulator.Control.PostMessage(world.BotAccount.AccountId, world.RoomId, await NextScheduledReminderAsync(world));
        var posts = BotMessages(world).Count;

        var (outcome, _) = await Escrow(world).RunScheduledAsync(world.RoomId, CancellationToken.None, recoveringSlot: slot);

        Assert.Equal(ScheduledReminderOutcome.Posted, outcome);
        Assert.Equal(posts, BotMessages(world).Count);
        var record = Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.ReminderPosted);
        Assert.Equal(orphan, record.MessageId);
        Assert.Equal(1, (await Escrow(world).GetStateAsync(world.RoomId, CancellationToken.None)).ReminderCount);
    }

    [Fact]
    public async Task RecoveringRun_OfASlotALaterRunServed_PostsNothing()
    {
        await using var world = await DaytimeWorldAsync();
        var slot = world.Clock.GetUtcNow();
        // The run that fired at the slot died before posting; the next run (the cron's) reminded and archived it first.
        world.Clock.Advance(TimeSpan.FromSeconds(5));
        await Escrow(world).RunScheduledAsync(world.RoomId, CancellationToken.None);
        // That reminder reads exactly like the one the recovering run would post, so only the archive tells them apart.
        Assert.Equal(BotMessages(world)[^1].Body, await NextScheduledReminderAsync(world));
        var posts = BotMessages(world).Count;

        var (outcome, _) = await Escrow(world).RunScheduledAsync(world.RoomId, CancellationToken.None, recoveringSlot: slot);

        Assert.Equal(ScheduledReminderOutcome.NotNeeded, outcome);
        Assert.Equal(posts, BotMessages(world).Count);
        Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.ReminderPosted);
    }

    [Fact]
    public async Task RecoveringRun_AfterALaterSlotRemindedFirst_StillArchivesThePostOfTheRunThatDied()
    {
        await using var world = await DaytimeWorldAsync();
        var slot = world.Clock.GetUtcNow();
        var orphan = world.Emulator.Control.PostMessage(world.BotAccount.AccountId, world.RoomId, await NextScheduledReminderAsync(world));
        // The next slot's run went first: its reminder, which reads the same, is posted and archived.
        world.Clock.Advance(TimeSpan.FromSeconds(5));
        await Escrow(world).RunScheduledAsync(world.RoomId, CancellationToken.None);
        var posts = BotMessages(world).Count;

        var (outcome, _) = await Escrow(world).RunScheduledAsync(world.RoomId, CancellationToken.None, recoveringSlot: slot);

        Assert.Equal(ScheduledReminderOutcome.Posted, outcome);
        Assert.Equal(posts, BotMessages(world).Count);
        var reminders = (await world.RecordsAsync()).Where(r => r.Kind == RecordKind.ReminderPosted).Select(r => r.MessageId).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.Equal(orphan, reminders[^1]);
    }

    [Fact]
    public async Task RecoveringRun_OfASlotThatDiedBeforePosting_PostsTheReminder()
    {
        await using var world = await DaytimeWorldAsync();
        // An earlier slot's reminder, archived; then the slot whose run died before posting anything.
        await Escrow(world).RunScheduledAsync(world.RoomId, CancellationToken.None);
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        var slot = world.Clock.GetUtcNow();
        var posts = BotMessages(world).Count;

        var (outcome, _) = await Escrow(world).RunScheduledAsync(world.RoomId, CancellationToken.None, recoveringSlot: slot);

        Assert.Equal(ScheduledReminderOutcome.Posted, outcome);
        var reminder = Assert.Single(BotMessages(world).Skip(posts));
        var records = (await world.RecordsAsync()).Where(r => r.Kind == RecordKind.ReminderPosted).ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal(reminder.MessageId, records[^1].MessageId);
    }

    [Fact]
    public async Task ReminderJobs_AskQuartzToRunARunThatDiedAgain()
    {
        await using var world = await DaytimeWorldAsync();
        var scheduler = await world.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();

        var job = await scheduler.GetJobDetail(EscrowScheduler.JobKeyOf(world.RoomId));

        Assert.True(job?.RequestsRecovery, "A reminder run cut off by a crash must run again to archive what it posted.");
    }

    [Fact]
    public async Task AReminderJobStoredBeforeRecovery_IsReplacedByOneThatAsksForIt()
    {
        await using var world = await DaytimeWorldAsync();
        var scheduler = await world.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        var key = EscrowScheduler.JobKeyOf(world.RoomId);
        var trigger = await scheduler.GetTrigger(EscrowScheduler.CronKeyOf(world.RoomId));
        // A job as an earlier version stored it: the same trigger, no recovery.
        var old = Quartz.JobBuilder.Create<EscrowReminderJob>().WithIdentity(key)
            .UsingJobData(EscrowReminderJob.RoomIdKey, world.RoomId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .StoreDurably().Build();
        await scheduler.ScheduleJob(old, [trigger!.GetTriggerBuilder().Build()], new Quartz.ScheduleJobOptions { Replace = true });

        await world.Services.GetRequiredService<EscrowScheduler>().EnsureAsync(world.RoomId, CancellationToken.None);

        Assert.True((await scheduler.GetJobDetail(key))?.RequestsRecovery);
    }

    // Quartz never fires the room's reminder by itself here, and the clock is outside the default quiet hours.
    private static async Task<BotHarness> DaytimeWorldAsync()
    {
        var world = await EscrowTests.JoinedWorldAsync(w => w.Settings["Escrow:ReminderCron"] = EscrowTests.NeverCron);
        EscrowTests.SetTokyoTime(world, day: 1, hour: 10);
        return world;
    }

    private static EscrowService Escrow(BotHarness world) => world.Services.GetRequiredService<EscrowService>();

    private static List<ChatworkGuard.Emulator.EmulatedMessage> BotMessages(BotHarness world) =>
        world.Emulator.Control.GetMessages(world.RoomId).Where(m => m.AccountId == world.BotAccount.AccountId).ToList();

    // The body the next scheduled reminder posts: an unescalated reminder of the room's current state, no mentions.
    private static async Task<string> NextScheduledReminderAsync(BotHarness world)
    {
        var state = await Escrow(world).GetStateAsync(world.RoomId, CancellationToken.None);
        var profile = await world.Services.GetRequiredService<RoomProfiles>().GetAsync(world.RoomId, CancellationToken.None);
        return NoticePoster.Render(world.RoomId, EscrowNotices.Reminder(state, profile.Platform, profile.Language, escalated: false), new NoticeAddress(null, []));
    }
}
