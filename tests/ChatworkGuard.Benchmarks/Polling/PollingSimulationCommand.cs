using System.Globalization;
using ChatworkGuard.Emulator;
using ChatworkGuard.Emulator.RateLimiting;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>
/// <c>polling</c>: the real bot (a child process) against the emulator with Chatwork's real limit, many rooms and
/// random activity; reports the API requests it used against a naive poller, 429s, lost messages, the delay from
/// post to archive and the bot's peak memory, ending with one JSON line.
/// <c>dotnet run -c Release --project tests/ChatworkGuard.Benchmarks -- polling --rooms 1000 --minutes 5 --activity 0.02</c>
/// </summary>
internal static partial class PollingSimulationCommand
{
    public const string Name = "polling";

    // Far above any run's traffic, so the log never drops the entries the figures count.
    private const int RequestLogCapacity = 2_000_000;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        PollingSettings settings;
        try
        {
            settings = PollingSettings.Parse(args);
        }
        catch (ArgumentException error)
        {
            await Console.Error.WriteLineAsync($"polling: {error.Message}\nUsage: {PollingSettings.Usage}");
            return 2;
        }

        // Each account count is its own world and bot, one after another in this process, so the figures sit side by side.
        var exitCode = 0;
        foreach (var accounts in settings.AccountCounts)
        {
            exitCode = Math.Max(exitCode, await RunOnceAsync(settings, accounts, cancellationToken));
        }

        return exitCode;
    }

    private static async Task<int> RunOnceAsync(PollingSettings settings, int accounts, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var directory = Path.Combine(Path.GetTempPath(), "cwg-polling-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var realLimit = new EmulatorOptions();
            await using var emulator = await ChatworkEmulator.StartAsync(
                new EmulatorOptions { RequestLogCapacity = RequestLogCapacity }, time, cancellationToken);
            var control = emulator.Control;
            var random = new Random(settings.Seed);
            var world = PollingWorld.Build(control, settings.Rooms, random, accounts, settings.Seed);
            var schedule = ActivitySchedule.Build(world.Rooms, settings.Activity, settings.Duration, random);
            Console.WriteLine(Invariant($"polling: {settings.Rooms} rooms, {world.Rooms.Sum(r => r.People.Count)} room memberships of people, seed {settings.Seed}; {schedule.Count} messages to post over {settings.Minutes} min (activity {settings.Activity:P1} of rooms per minute), bot cycle {settings.Cycle.TotalSeconds} s; {accounts} bot account(s), {world.BotMemberships} room memberships of bot accounts"));

            var database = Path.Combine(directory, "guard.db");
            var warmUp = await WarmUpAsync(emulator, world, database, directory, time, cancellationToken);
            Console.WriteLine(Invariant($"warm-up: the real bot joined {settings.Rooms} rooms and archived their history in {warmUp.Elapsed.TotalSeconds:F1} s ({warmUp.Requests} requests under a raised limit), then stopped (exit {Describe(warmUp.ExitCode)}; {warmUp.BotLines.Count} lines at Warning or above)"));

            control.SetRateLimit(new RateLimitSettings(realLimit.RequestsPerWindow, realLimit.Window));
            var run = await MeasureAsync(emulator, world, schedule, database, directory, settings, time, cancellationToken);
            var figures = PollingFigures.Compute(run, settings);
            PollingReport.Print(figures, run, settings, control.RateLimit, control.RequestLog.Count >= RequestLogCapacity);
            if (settings.Keep)
            {
                await RunFiles.WriteAsync(directory, warmUp, run, cancellationToken);
                Console.WriteLine($"kept: {directory} (guard.db, requests.csv, messages.csv, bot-warm-up.log, bot-measured.log)");
            }

            NaiveRun? naive = null;
            if (settings.NaiveRooms > 0)
            {
                naive = await NaivePoller.RunAsync(emulator, world, settings, time, cancellationToken);
                PollingReport.PrintNaive(naive, control.RateLimit, settings);
            }

            Console.WriteLine(PollingReport.Json(figures, naive, accounts));
            return figures.Http429 == 0 && figures.Lost == 0 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (!settings.Keep)
            {
                TryDelete(directory);
            }
        }
    }

    private static Dictionary<string, string> BotEnvironment(PollingWorld world, Uri baseUrl, string database, TimeSpan interval)
    {
        var environment = new Dictionary<string, string>
        {
            ["Chatwork__BaseUrl"] = baseUrl.ToString(),
            ["Storage__ConnectionString"] = $"Data Source={database}",
            ["Sync__Interval"] = interval.ToString("c", CultureInfo.InvariantCulture),
            // Off: its weekday 10:00 JST schedule would post a reminder in every room and distort the figures.
            ["Escrow__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (world.Bots.Count == 1)
        {
            environment["Chatwork__ApiToken"] = world.Bots[0].Token;
        }
        else
        {
            for (var i = 0; i < world.Bots.Count; i++)
            {
                environment[Invariant($"Chatwork__Accounts__{i}")] = world.Bots[i].Token;
            }
        }

        return environment;
    }

    private static string Describe(int? exitCode) => exitCode is { } code ? code.ToString(CultureInfo.InvariantCulture) : "killed after 30 s";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException error)
        {
            Console.Error.WriteLine($"polling: could not delete {directory}: {error.Message}");
        }
    }
}
