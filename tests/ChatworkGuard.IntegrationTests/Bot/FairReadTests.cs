using System.Globalization;
using ChatworkGuard.Archive;
using ChatworkGuard.Chatwork.Budget;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>
/// 200 rooms a stranger filled with bursts must not starve the 50 real ones: the real rooms' p95 delay stays within
/// twice what it is without the strangers, and none of them loses a message to a gap. Everything runs on one fake
/// clock shared by the bot and the emulator, with Chatwork's real limit (300 requests per 5 minutes) on both sides;
/// the test advances the clock only while the bot waits for its budget, so the delays are what the budget allows.
/// </summary>
public sealed class FairReadTests(ITestOutputHelper output)
{
    private const int NormalRooms = 50;
    private const int HostileRooms = 200;
    private const int BurstSize = 65; // above Sync:BurstThreshold (60): each burst makes the room "about to overflow"

    private static readonly TimeSpan Cycle = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Measured = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan NormalEvery = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan BurstEvery = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Drain = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task HostileBurstingRoomsDoNotStarveTheNormalOnes()
    {
        var baseline = await RunAsync(hostile: false);
        var attacked = await RunAsync(hostile: true);
        output.WriteLine($"without: {baseline}");
        output.WriteLine($"with:    {attacked}");

        Assert.Equal((0, 0), (baseline.Unarchived, baseline.Gaps));
        Assert.Equal((0, 0), (attacked.Unarchived, attacked.Gaps));
        Assert.True(attacked.P95.TotalSeconds <= baseline.P95.TotalSeconds * 2,
            $"p95 delay of the normal rooms: {attacked.P95.TotalSeconds:0.#} s beside the hostile rooms, {baseline.P95.TotalSeconds:0.#} s without them");
        Assert.True(attacked.HostileRoomsJoined > 0, "the hostile rooms still get their bounded share");
    }

    private sealed record RunResult(TimeSpan P95, TimeSpan Max, int Unarchived, int Gaps, int HostileRoomsJoined, string Requests);

    private static async Task<RunResult> RunAsync(bool hostile)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 13, 0, 0, 0, TimeSpan.Zero));
        await using var world = await BotHarness.StartAsync(
            new EmulatorOptions { RequestsPerWindow = 300 },
            s =>
            {
                s["Escrow:Enabled"] = "false";
                s["Logging:LogLevel:Default"] = "Error";
            },
            sharedClock: clock);
        var control = world.Emulator.Control;
        var bot = world.BotAccount.AccountId;
        var author = world.Client.AccountId;
        var signals = new SignallingClock(clock);
        world.BotTime = signals;
        await world.StartBotAsync();
        var budget = world.Services.GetRequiredService<ApiBudget>();

        var normal = Enumerable.Range(0, NormalRooms)
            .Select(i => control.CreateGroupRoom(author, $"案件 {i}", [author], [bot]))
            .ToList();
        var driver = new Driver(world, budget, signals);
        // Warm start: the bot has joined the real rooms before the strangers arrive.
        while ((await JoinedAsync(world, normal)) < normal.Count)
        {
            await driver.CycleAsync();
        }

        // A full budget window of quiet cycles, so both runs start from the same steady state.
        var settled = clock.GetUtcNow() + Settle;
        while (clock.GetUtcNow() < settled)
        {
            await driver.CycleAsync();
        }

        var logged = control.RequestLog.Count;
        var hostileRooms = hostile
            ? Enumerable.Range(0, HostileRooms).Select(i => control.CreateGroupRoom(author, $"spam {i}", [author], [bot])).ToList()
            : [];
        var start = clock.GetUtcNow();
        var posted = new Dictionary<string, (long Room, DateTimeOffset At)>(StringComparer.Ordinal);
        // Each real room posts once every 4 minutes, staggered; each hostile room bursts every 2 minutes.
        var schedule = new List<(DateTimeOffset At, Action Post)>();
        for (var i = 0; i < normal.Count; i++)
        {
            var room = normal[i];
            for (var at = start + (NormalEvery * i / normal.Count); at < start + Measured; at += NormalEvery)
            {
                var when = at;
                schedule.Add((when, () => posted[control.PostMessage(author, room, "進捗を共有します " + when.ToString("HH:mm:ss", CultureInfo.InvariantCulture))] = (room, when)));
            }
        }

        foreach (var room in hostileRooms)
        {
            for (var at = start; at < start + Measured; at += BurstEvery)
            {
                schedule.Add((at, () =>
                {
                    for (var n = 0; n < BurstSize; n++)
                    {
                        control.PostMessage(author, room, "noise " + n.ToString(CultureInfo.InvariantCulture));
                    }
                }));
            }
        }

        driver.Schedule(schedule);
        while (clock.GetUtcNow() < start + Measured + Drain)
        {
            await driver.CycleAsync();
        }

        var delays = new List<TimeSpan>();
        var unarchived = 0;
        var gaps = 0;
        var archived = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var room in normal)
        {
            var records = await world.RecordsAsync(room);
            gaps += records.Count(r => r.Kind == RecordKind.Gap);
            foreach (var record in records.Where(r => r.Kind == RecordKind.MessageCreated))
            {
                archived[record.MessageId!] = record.ObservedAt;
            }
        }

        foreach (var (id, (_, at)) in posted)
        {
            if (archived.TryGetValue(id, out var observed))
            {
                delays.Add(observed - at);
            }
            else
            {
                unarchived++;
            }
        }

        delays.Sort();
        var p95 = delays.Count == 0 ? TimeSpan.MaxValue : delays[(int)Math.Ceiling(delays.Count * 0.95) - 1];
        var requests = string.Join(", ", control.RequestLog.Skip(logged)
            .GroupBy(e => e.Method + " " + System.Text.RegularExpressions.Regex.Replace(e.Path, @"\d+", "N"))
            .OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
        return new RunResult(p95, delays.Count == 0 ? TimeSpan.MaxValue : delays[^1], unarchived, gaps, await JoinedAsync(world, hostileRooms), requests);
    }

    private static async Task<int> JoinedAsync(BotHarness world, IEnumerable<long> rooms)
    {
        var joined = 0;
        foreach (var room in rooms)
        {
            joined += (await world.RecordsAsync(room)).Any(r => r.Kind == RecordKind.RoomJoined) ? 1 : 0;
        }

        return joined;
    }

    /// <summary>Runs sync cycles every <see cref="Cycle"/> of fake time, posting scheduled messages as the clock passes
    /// them, and moves the clock on only while the bot waits for API budget.</summary>
    private sealed class Driver(BotHarness world, ApiBudget budget, SignallingClock signals)
    {
        private readonly List<(DateTimeOffset At, Action Post)> _pending = [];

        // One wait on the signal at a time: an abandoned wait would swallow a later release.
        private Task? _armed;

        public void Schedule(IEnumerable<(DateTimeOffset At, Action Post)> posts)
        {
            _pending.AddRange(posts);
            _pending.Sort((a, b) => a.At.CompareTo(b.At));
        }

        public async Task CycleAsync()
        {
            var started = world.Clock.GetUtcNow();
            var cycle = world.Sync.RunCycleAsync(CancellationToken.None);
            while (!cycle.IsCompleted)
            {
                if (budget.State.Waiting > 0)
                {
                    Advance(TimeSpan.FromSeconds(1));
                    continue;
                }

                _armed ??= signals.Armed.WaitAsync();
                if (await Task.WhenAny(cycle, _armed) == _armed)
                {
                    _armed = null;
                }
            }

            await cycle;
            var next = started + Cycle;
            if (world.Clock.GetUtcNow() < next)
            {
                Advance(next - world.Clock.GetUtcNow());
            }
        }

        // Posts what is due on the way, each at its own time.
        private void Advance(TimeSpan by)
        {
            var target = world.Clock.GetUtcNow() + by;
            while (_pending.Count > 0 && _pending[0].At <= target)
            {
                var (at, post) = _pending[0];
                _pending.RemoveAt(0);
                if (at > world.Clock.GetUtcNow())
                {
                    world.Clock.AdvanceTo(at);
                }

                post();
            }

            world.Clock.AdvanceTo(target);
        }
    }
}
