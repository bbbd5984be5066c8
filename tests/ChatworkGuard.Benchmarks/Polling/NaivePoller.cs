using System.Globalization;
using ChatworkGuard.Emulator;

namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>
/// The poller the bot is compared with, run for real at a small scale: its own account, a member of the first
/// <c>--naive-rooms</c> rooms, sends <c>GET /rooms/{id}/messages?force=1</c> for each of them every cycle for
/// <c>--naive-minutes</c>, over plain HTTP with its own token (so its limit is its own). The emulator's request log
/// then shows whether <c>rooms × cycles</c> is what such a poller spends, and how many of its requests the limit refuses.
/// </summary>
internal static class NaivePoller
{
    public static async Task<NaiveRun> RunAsync(ChatworkEmulator emulator, PollingWorld world, PollingSettings settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var control = emulator.Control;
        var poller = control.CreateAccount("naive poller");
        var rooms = world.Rooms.Take(settings.NaiveRooms).Select(r => r.RoomId).ToList();
        foreach (var room in rooms)
        {
            control.AddMember(room, poller.AccountId);
        }

        using var http = new HttpClient { BaseAddress = new Uri(emulator.BaseUrl.ToString().TrimEnd('/') + "/") };
        http.DefaultRequestHeaders.Add("X-ChatWorkToken", poller.Token);
        var cycles = (int)Math.Floor(settings.NaiveDuration / settings.Cycle);
        using var timer = new PeriodicTimer(settings.Cycle, time);
        for (var cycle = 0; cycle < cycles; cycle++)
        {
            if (cycle > 0)
            {
                await timer.WaitForNextTickAsync(cancellationToken);
            }

            foreach (var room in rooms)
            {
                // A naive poller has no budget: it asks whatever the answer, and a 429 is simply a missed read.
                using var response = await http.GetAsync(string.Create(CultureInfo.InvariantCulture, $"rooms/{room}/messages?force=1"), cancellationToken);
            }
        }

        var requests = BotRequests.Of(control, [poller.Token]);
        return new NaiveRun(rooms.Count, cycles, (long)rooms.Count * cycles, requests.Count, requests.Count(r => r.Status == 429));
    }
}

/// <summary>What the naive poller did: <paramref name="Formula"/> is rooms × cycles, <paramref name="Requests"/> what the
/// emulator logged for its token, <paramref name="Http429"/> how many of them the limit refused.</summary>
internal sealed record NaiveRun(int Rooms, int Cycles, long Formula, int Requests, int Http429);
