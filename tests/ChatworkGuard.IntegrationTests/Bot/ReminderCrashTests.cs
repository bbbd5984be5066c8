using ChatworkGuard.Archive;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Support;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>
/// The bot process is killed after a scheduled reminder reached the room and before its record was archived. After
/// the restart Quartz runs that slot again, and the bot archives the reminder already in the room instead of posting
/// it twice or leaving it out of the evidence.
/// </summary>
public sealed class ReminderCrashTests
{
    // The reminder's title; the join notice asks for the same confirmation in its text, not as its title.
    private const string ReminderTitle = "[title]仮払いの確認をお願いします[/title]";

    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task KilledBetweenAReminderPostAndItsRecord_TheRestartArchivesThatPostOnce()
    {
        await using var emulator = await ChatworkEmulator.StartAsync(new EmulatorOptions { RequestsPerWindow = 100_000 });
        var control = emulator.Control;
        var bot = control.CreateAccount("ChatworkGuard");
        var client = control.CreateAccount("client");
        var freelancer = control.CreateAccount("freelancer");
        var room = control.CreateGroupRoom(client.AccountId, "project", [client.AccountId, freelancer.AccountId], [bot.AccountId]);
        using var folder = BotProcessFolder.Create("cwg-reminder-crash-");
        var directory = folder.Path;
        var database = folder.Database;
        var environment = folder.Environment(
            emulator,
            bot,
            ("Detection__Enabled", "false"),
            ("Escrow__ReminderCron", "0/3 * * * * ?"),
            ("Escrow__TimeZone", "UTC"),
            ("Escrow__QuietHours__Start", "00:00"),
            ("Escrow__QuietHours__End", "00:00"),
            ("Rooms__DefaultPlatform", "CrowdWorks"));
        var process = BotProcess.Start(directory, environment, FreePort.Next(), "run");
        try
        {
            // The bot has joined (its notice is out) and reminds on schedule.
            await WaitUntilAsync("a first reminder", () => Task.FromResult(Reminders(control, room, bot).Count > 0), process);
            var before = Reminders(control, room, bot).Count;

            // The next post is the next reminder: it is applied, and its answer never comes.
            control.SetFaults(new FaultOptions { HoldAfterNextPost = true });
            await control.WaitForHeldPostAsync().WaitAsync(Generous);
            Assert.Equal(before + 1, Reminders(control, room, bot).Count);
            var held = Reminders(control, room, bot)[^1];
            process.Kill();
            await process.DisposeAsync();
            control.ClearFaults();
            Assert.DoesNotContain(held, await ReminderRecordsAsync(database, room));

            process = BotProcess.Start(directory, environment, FreePort.Next(), "run");
            await WaitUntilAsync("the held reminder archived", async () => (await ReminderRecordsAsync(database, room)).Contains(held), process);

            // Exactly one record holds it, and no reminder went out twice for it: every reminder the room shows up to
            // the one held is archived once.
            var records = await ReminderRecordsAsync(database, room);
            Assert.Single(records, id => id == held);
            Assert.Equal(records.Count, records.Distinct().Count());
            var posts = Reminders(control, room, bot);
            Assert.True(posts.Take(posts.IndexOf(held) + 1).All(records.Contains), $"reminders posted {string.Join(",", posts)}, archived {string.Join(",", records)} held {held}\n{process.Output}");
        }
        finally
        {
            await process.DisposeAsync();
        }
    }

    private static List<string> Reminders(EmulatorControl control, long room, EmulatedAccount bot) =>
        [.. control.GetMessages(room).Where(m => m.AccountId == bot.AccountId && m.Body.Contains(ReminderTitle, StringComparison.Ordinal)).Select(m => m.MessageId)];

    private static async Task<List<string>> ReminderRecordsAsync(string database, long room)
    {
        if (!File.Exists(database))
        {
            return [];
        }

        await using var store = ArchiveStoreFactory.Create(new StorageOptions { ConnectionString = $"Data Source={database}" }, readOnly: true);
        var ids = new List<string>();
        await foreach (var record in store.ReadRoomAsync(room, 0, CancellationToken.None))
        {
            if (record.Kind == RecordKind.ReminderPosted && record.MessageId is { } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static async Task WaitUntilAsync(string what, Func<Task<bool>> condition, BotProcess process)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < Generous)
        {
            if (await condition())
            {
                return;
            }

            // Poll interval: the facts live in another process and its database, which cannot signal this one.
            await Task.Delay(200);
        }

        Assert.Fail($"Waited {Generous.TotalSeconds} s for {what}.\n{process.Output}");
    }
}
