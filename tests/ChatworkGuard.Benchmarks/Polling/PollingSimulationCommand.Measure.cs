using System.Diagnostics;
using ChatworkGuard.Emulator;

namespace ChatworkGuard.Benchmarks.Polling;

internal static partial class PollingSimulationCommand
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The measured phase under the real limit: the bot restarts with its default budget and the cycle under test,
    /// people post the schedule once it is polling, then it runs on until every message is archived or the drain
    /// time is up, and gets SIGTERM. Its resident memory is sampled all along.
    /// </summary>
    private static async Task<MeasuredRun> MeasureAsync(
        ChatworkEmulator emulator,
        PollingWorld world,
        IReadOnlyList<ScheduledPost> schedule,
        string database,
        string directory,
        PollingSettings settings,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var control = emulator.Control;
        control.ClearRequestLog();
        var botStarted = time.GetUtcNow();
        var environment = BotEnvironment(world, emulator.BaseUrl, database, settings.Cycle);
        foreach (var (name, value) in settings.ExtraBotVariables)
        {
            environment[name] = value;
        }

        await using var bot = BotChild.Start(directory, environment, settings.BotDll);
        using var rss = RssSampler.Start(bot.ProcessId, time);

        // Posting starts once the bot polls, as it would against a bot that is already running.
        var waiting = Stopwatch.StartNew();
        while (!BotRequests.Of(control, world.Tokens).Any(e => BotRequests.IsRoomList(e) && e.Status == 200))
        {
            bot.ThrowIfExited("start-up");
            if (waiting.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"The bot made no successful GET /rooms within {StartTimeout.TotalMinutes} min of starting. Its last lines:\n{string.Join('\n', bot.Lines.TakeLast(30))}");
            }

            // Poll interval: the bot is a child process whose first GET /rooms is read from the emulator; it cannot signal us.
            await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken);
        }

        var postingStarted = time.GetUtcNow();
        var posted = await ActivityDriver.RunAsync(control, schedule, postingStarted, time, cancellationToken);
        var postingEnds = postingStarted + settings.Duration;
        if (postingEnds > time.GetUtcNow())
        {
            // The simulated period lasts its configured duration in real time: waiting it out is the measurement.
            await Task.Delay(postingEnds - time.GetUtcNow(), time, cancellationToken);
        }

        var postingEnded = time.GetUtcNow();
        await using var archive = new ArchiveWatcher(database);
        var drainEnds = postingEnded + TimeSpan.FromMinutes(settings.DrainMinutes);
        var pending = posted;
        while (true)
        {
            bot.ThrowIfExited("the drain");
            await archive.RefreshAsync(pending.Select(p => p.RoomId).Distinct(), cancellationToken);
            pending = [.. pending.Where(p => !archive.Created.ContainsKey(p.MessageId))];
            if (pending.Count == 0 || time.GetUtcNow() >= drainEnds)
            {
                break;
            }

            // Poll interval: the bot child process archives into its own database, which cannot signal us.
            await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken);
        }

        var drainEnded = time.GetUtcNow();
        await rss.FinishAsync(cancellationToken);
        var exit = await bot.StopAsync(StopTimeout, cancellationToken);
        // After the exit the archive is final: anything written during shutdown counts too.
        await archive.RefreshAsync(posted.Select(p => p.RoomId).Distinct(), cancellationToken);
        return new MeasuredRun(
            botStarted,
            postingStarted,
            postingEnded,
            drainEnded,
            BotRequests.Of(control, world.Tokens),
            posted,
            new Dictionary<string, DateTimeOffset>(archive.Created, StringComparer.Ordinal),
            rss.PeakMb,
            rss.PeakAnonMb,
            rss.Samples,
            exit,
            bot.Lines);
    }
}
