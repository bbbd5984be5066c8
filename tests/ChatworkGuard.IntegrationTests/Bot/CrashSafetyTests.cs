using System.Globalization;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Verification;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Support;
using Xunit.Abstractions;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <remarks>
/// The conversation and the kill times come from one seed, printed with each kill time so that a failure can be
/// replayed: <c>CHATWORKGUARD_CRASH_SEED=&lt;seed&gt; dotnet test --filter CrashSafetyTests</c>.
/// </remarks>
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    /// <summary>Overrides the seed of the conversation and the kill times.</summary>
    public const string SeedVariable = "CHATWORKGUARD_CRASH_SEED";

    private const int DefaultSeed = 20261122;

    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task KilledFiveTimesDuringAFaultyConversationTheArchiveStillMatchesTheEmulator()
    {
        // Edits and deletions move the room here so each cycle sees them; the resync path has its own tests.
        await using var emulator = await ChatworkEmulator.StartAsync(new EmulatorOptions
        {
            EditsMoveLastUpdateTime = true,
            DeletionsMoveLastUpdateTime = true,
            RequestsPerWindow = 100_000,
        });
        var control = emulator.Control;
        var bot = control.CreateAccount("ChatworkGuard");
        var people = new[] { control.CreateAccount("client"), control.CreateAccount("freelancer") };
        var rooms = Enumerable.Range(0, 3)
            .Select(i => control.CreateGroupRoom(people[0].AccountId, $"project {i}", [people[0].AccountId, people[1].AccountId], [bot.AccountId]))
            .ToList();
        control.SetFaults(new FaultOptions { Seed = 11, ServerErrorRate = 0.05, AddedLatency = TimeSpan.FromMilliseconds(3), TooManyRequestsBurst = 3 });
        using var folder = BotProcessFolder.Create("cwg-crash-");
        var directory = folder.Path;
        var database = folder.Database;
        var environment = folder.Environment(emulator, bot, ("Detection__Enabled", "false"), ("Escrow__Enabled", "false"));
        var seed = Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } value
            ? int.Parse(value, CultureInfo.InvariantCulture)
            : DefaultSeed;
        output.WriteLine($"seed {seed} (replay with {SeedVariable}={seed})");
        var random = new Random(seed);
        var posted = new List<(long Room, string Id, long Author)>();
        var process = BotProcess.Start(directory, environment, FreePort.Next(), "run");
        try
        {
            for (var round = 1; round <= 5; round++)
            {
                for (var i = 0; i < 30; i++)
                {
                    // The real pauses between messages and before the kill are what is under test: they put the
                    // SIGKILL at an arbitrary point of a sync cycle (with a 1 s interval), which no fake clock can do.
                    Act(control, rooms, people, posted, random);
                    await Task.Delay(random.Next(5, 40));
                }

                var beforeKill = random.Next(300, 2500);
                await Task.Delay(beforeKill);
                output.WriteLine($"round {round}: SIGKILL {beforeKill} ms after the round's last message");
                process.Kill(); // SIGKILL at an arbitrary point of a cycle
                await process.DisposeAsync();
                process = BotProcess.Start(directory, environment, FreePort.Next(), "run");
            }

            control.ClearFaults();
            await WaitUntilArchiveMatchesAsync(database, control, rooms, process);
        }
        finally
        {
            await process.DisposeAsync();
        }
    }

    private static void Act(EmulatorControl control, List<long> rooms, EmulatedAccount[] people, List<(long Room, string Id, long Author)> posted, Random random)
    {
        var live = posted.Where(p => !control.GetMessages(p.Room).Single(m => m.MessageId == p.Id).Deleted).ToList();
        var roll = random.NextDouble();
        if (roll < 0.15 && live.Count > 0)
        {
            var target = live[random.Next(live.Count)];
            control.EditMessage(target.Room, target.Id, "edited " + random.Next().ToString(CultureInfo.InvariantCulture));
        }
        else if (roll < 0.25 && live.Count > 0)
        {
            var target = live[random.Next(live.Count)];
            control.DeleteMessage(target.Room, target.Id);
        }
        else
        {
            var room = rooms[random.Next(rooms.Count)];
            var author = people[random.Next(people.Length)];
            posted.Add((room, control.PostMessage(author.AccountId, room, "message " + random.Next().ToString(CultureInfo.InvariantCulture)), author.AccountId));
        }
    }

    // The archive matches when every message still in a room is archived with its current body, every deleted
    // message the bot had seen is archived as deleted, nothing is archived twice, and every chain verifies.
    private static async Task WaitUntilArchiveMatchesAsync(string database, EmulatorControl control, List<long> rooms, BotProcess process)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var problem = "";
        while (waited.Elapsed < Generous)
        {
            try
            {
                problem = await FirstMismatchAsync(database, control, rooms);
            }
            catch (ArchiveStoreException ex)
            {
                // A bot killed between creating the file and migrating it leaves an empty SQLite file; the restarted
                // bot migrates it, unless it is still starting. Not yet an archive is "not yet", not a failure.
                problem = ex.Message;
            }

            if (problem.Length == 0)
            {
                return;
            }

            // Poll interval: the condition is read from a child process's database, which cannot signal us.
            await Task.Delay(500);
        }

        Assert.Fail($"The archive never matched the emulator: {problem}\n{process.Output}");
    }

    private static async Task<string> FirstMismatchAsync(string database, EmulatorControl control, List<long> rooms)
    {
        if (!File.Exists(database))
        {
            return "no archive yet";
        }

        await using var store = ArchiveStoreFactory.Create(new StorageOptions { ConnectionString = $"Data Source={database}" }, readOnly: true);
        foreach (var room in rooms)
        {
            var versions = (await store.GetMessageVersionsAsync(room, MessageVersionQuery.ForWholeRoom(), CancellationToken.None)).Versions;
            foreach (var message in control.GetMessages(room))
            {
                versions.TryGetValue(message.MessageId, out var archived);
                if (!message.Deleted && (archived is null || archived.IsDeleted || archived.Body != message.Body))
                {
                    return $"room {room}: message {message.MessageId} is {(archived is null ? "missing" : "stale")}";
                }

                if (message.Deleted && archived is { IsDeleted: false })
                {
                    return $"room {room}: deletion of {message.MessageId} not archived";
                }
            }

            var created = new Dictionary<string, int>(StringComparer.Ordinal);
            await foreach (var record in store.ReadRoomAsync(room, 0, CancellationToken.None))
            {
                if (record.Kind == RecordKind.MessageCreated)
                {
                    created[record.MessageId!] = created.GetValueOrDefault(record.MessageId!) + 1;
                }
            }

            if (created.FirstOrDefault(c => c.Value > 1) is { Key: not null } duplicate)
            {
                return $"room {room}: message {duplicate.Key} archived {duplicate.Value} times";
            }

            var verification = await ChainVerifier.VerifyRoomAsync(store, room, null, CancellationToken.None);
            if (!verification.IsIntact)
            {
                return $"room {room}: chain broken at #{verification.Break!.Sequence}";
            }
        }

        return "";
    }
}
