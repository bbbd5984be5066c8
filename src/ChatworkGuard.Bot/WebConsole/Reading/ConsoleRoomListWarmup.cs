namespace ChatworkGuard.Bot.WebConsole.Reading;

/// <summary>
/// Folds every archived room into <see cref="ConsoleRoomList"/> once when the host starts, in the background, so the
/// first rooms page a lead opens reads heads, not whole histories. A page asked for before it finishes still works: it
/// folds what the warm-up has not reached yet (each room's fold lets one reader catch up at a time).
/// </summary>
internal sealed partial class ConsoleRoomListWarmup(ConsoleRoomList rooms, TimeProvider time, ILogger<ConsoleRoomListWarmup> logger) : BackgroundService
{
    /// <summary>Completes when the warm-up has folded every room (or gave up); for tests and the benchmark.</summary>
    public Task Completion => _completion.Task;

    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start-up continues while the rooms are read.
        await Task.Yield();
        var started = time.GetTimestamp();
        try
        {
            var count = (await rooms.ReadAsync(stoppingToken)).Count;
            var milliseconds = (long)time.GetElapsedTime(started).TotalMilliseconds;
            Log.WarmedUp(logger, count, milliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Only a head start is lost: the first page folds the rooms itself and reports its own error.
            Log.WarmUpFailed(logger, exception.GetType().Name);
        }
        finally
        {
            _completion.TrySetResult();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1705, Level = LogLevel.Information, Message = "Console: {Rooms} rooms folded for the rooms page in {Milliseconds} ms")]
        public static partial void WarmedUp(ILogger logger, int rooms, long milliseconds);

        [LoggerMessage(EventId = 1706, Level = LogLevel.Warning, Message = "Console: the rooms page's warm-up failed ({Error}); the first page will read the rooms itself")]
        public static partial void WarmUpFailed(ILogger logger, string error);
    }
}
