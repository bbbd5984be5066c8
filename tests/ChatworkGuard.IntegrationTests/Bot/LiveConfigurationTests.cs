using System.Globalization;
using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Configuration;
using ChatworkGuard.Bot.Escrow;
using ChatworkGuard.Bot.Rooms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using static ChatworkGuard.IntegrationTests.Bot.RoomProfileTests;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>Rooms, Detection and Escrow in a watched appsettings file apply without a restart; a bad change is refused.</summary>
public sealed class LiveConfigurationTests
{
    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
            {
                return;
            }

            // Poll interval: the file watcher's reload and what the bot derives from it offer no signal to await.
            await Task.Delay(100);
        }

        Assert.Fail($"The file change was not applied within 10 s: {what}.");
    }

    [Fact]
    public async Task AppsettingsChangesApplyOnTheNextCycleAndABadChangeKeepsTheOldSettings()
    {
        var (world, roomId) = await LancersRoomAsync();
        await using var _ = world;
        var json = Path.Combine(world.Directory, "appsettings.live.json");
        var room = roomId.ToString(CultureInfo.InvariantCulture);
        await File.WriteAllTextAsync(json, "{}");
        world.JsonSettingsPath = json;
        await world.StartBotAsync();
        var rooms = world.Services.GetRequiredService<IOptionsMonitor<RoomsOptions>>();

        // 1. The team lead writes the room's profile into the file.
        await File.WriteAllTextAsync(json, "{\"Rooms\":{\"Profiles\":{\"" + room + "\":{\"Platform\":\"Coconala\"}}}}");
        await WaitUntilAsync(async () => (await ProfileAsync(world, roomId)).Sources.Platform == ProfileSource.Configured, "Rooms:Profiles");
        Assert.Equal(ChatworkGuard.Policy.Platforms.Platform.Coconala, (await ProfileAsync(world, roomId)).Platform);

        // 2. A change that fails validation (AllowList with nothing allowed) is refused; the bot goes on as before.
        // The refusal is logged (event 1902) once the reload has been tried; that line is the fact to wait for.
        using var refusals = new RefusalSignal();
        world.Services.GetRequiredService<ILoggerFactory>().AddProvider(refusals);
        await File.WriteAllTextAsync(json, "{\"Rooms\":{\"WatchMode\":\"AllowList\",\"Profiles\":{\"" + room + "\":{\"Platform\":\"Lancers\"}}}}");
        var refusal = await refusals.Refused.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.StartsWith("Configuration Rooms changed but is not valid", refusal);
        Assert.Equal(RoomWatchMode.All, rooms.CurrentValue.WatchMode);
        Assert.Equal(ChatworkGuard.Policy.Platforms.Platform.Coconala, (await ProfileAsync(world, roomId)).Platform);
        await world.Sync.RunCycleAsync(CancellationToken.None);

        // 3. Detection and Escrow: the detector is rebuilt with the room exempt, reminders are switched off.
        await File.WriteAllTextAsync(json, "{\"Detection\":{\"ExemptRoomIds\":[" + room + "]},\"Escrow\":{\"Enabled\":false}}");
        var detector = world.Services.GetRequiredService<LiveDetector>();
        await WaitUntilAsync(() => Task.FromResult(detector.Current.IsExempt(roomId, world.Client.AccountId)), "Detection:ExemptRoomIds");
        Assert.False(world.Services.GetRequiredService<IOptionsMonitor<EscrowOptions>>().CurrentValue.Enabled);
        world.Emulator.Control.PostMessage(world.Client.AccountId, roomId, "手数料がもったいないので、今後はLINEで直接やりとりしませんか？");
        await world.Sync.RunCycleAsync(CancellationToken.None);
        Assert.DoesNotContain(await world.RecordsAsync(roomId), r => r.Kind == RecordKind.WarningPosted);
    }

    /// <summary>Completes with the message of the first "configuration refused" log line (event 1902).</summary>
    private sealed class RefusalSignal : ILoggerProvider, ILogger
    {
        private const int RefusedEventId = 1902;

        public TaskCompletionSource<string> Refused { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == RefusedEventId)
            {
                Refused.TrySetResult(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }
}
