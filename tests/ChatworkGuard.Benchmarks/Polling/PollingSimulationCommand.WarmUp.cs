using System.Diagnostics;
using System.Globalization;
using ChatworkGuard.Emulator;
using ChatworkGuard.Emulator.RateLimiting;

namespace ChatworkGuard.Benchmarks.Polling;

internal static partial class PollingSimulationCommand
{
    private const int WarmUpRequestsPerWindow = 1_000_000;
    private static readonly TimeSpan WarmUpInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A bot that has run for a long time has joined its rooms already. The real bot builds that state here, under a
    /// raised limit so it takes minutes rather than hours: it runs until every room's messages (its own intro notice
    /// included) are archived and it has made nothing but its per-cycle calls for a few seconds, then gets SIGTERM.
    /// </summary>
    private static async Task<WarmUpResult> WarmUpAsync(
        ChatworkEmulator emulator, PollingWorld world, string database, string directory, TimeProvider time, CancellationToken cancellationToken)
    {
        var control = emulator.Control;
        control.SetRateLimit(new RateLimitSettings(WarmUpRequestsPerWindow, control.RateLimit.Window));
        control.ClearRequestLog();
        var environment = BotEnvironment(world, emulator.BaseUrl, database, WarmUpInterval);
        environment["Chatwork__RequestsPerWindow"] = WarmUpRequestsPerWindow.ToString(CultureInfo.InvariantCulture);

        var watch = Stopwatch.StartNew();
        var timeout = TimeSpan.FromMinutes(5) + (world.Rooms.Count * TimeSpan.FromSeconds(0.5));
        await using var bot = BotChild.Start(directory, environment);
        await using var archive = new ArchiveWatcher(database);
        var pending = world.Rooms.Select(r => r.RoomId).ToList();
        while (true)
        {
            bot.ThrowIfExited("warm-up");
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException(Invariant(
                    $"Warm-up did not finish within {timeout.TotalMinutes:F0} min: {pending.Count} rooms still have messages missing from the archive. The bot's last lines:\n{string.Join('\n', bot.Lines.TakeLast(30))}"));
            }

            if (BotRequests.Of(control, world.Tokens).Count > 0)
            {
                await archive.RefreshAsync(pending, cancellationToken);
                pending = [.. pending.Where(room => control.GetMessages(room).Any(m => !m.Deleted && !archive.Created.ContainsKey(m.MessageId)))];
                if (pending.Count == 0 && IsQuiet(control, world.Tokens, time))
                {
                    break;
                }
            }

            // Poll interval: the bot is a child process whose progress is read from outside; it cannot signal us.
            await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken);
        }

        var elapsed = watch.Elapsed;
        var exit = await bot.StopAsync(StopTimeout, cancellationToken);
        return new WarmUpResult(elapsed, BotRequests.Of(control, world.Tokens).Count, exit, bot.Lines);
    }

    // Quiet: for a few seconds the bot only listed rooms and contact requests, nothing was left to read or post.
    private static bool IsQuiet(EmulatorControl control, IReadOnlyList<string> token, TimeProvider time)
    {
        var requests = BotRequests.Of(control, token);
        var lastWork = requests.LastOrDefault(e => !BotRequests.IsCycleOverhead(e));
        var lastList = requests.LastOrDefault(BotRequests.IsRoomList);
        var now = time.GetUtcNow();
        return lastList is not null && lastList.Time > now - Quiet && (lastWork is null || now - lastWork.Time >= Quiet);
    }
}
