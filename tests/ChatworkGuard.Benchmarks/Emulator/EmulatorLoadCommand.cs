using System.Diagnostics;
using System.Globalization;
using System.Net;
using ChatworkGuard.Emulator;

namespace ChatworkGuard.Benchmarks.Emulator;

/// <summary><c>emulator-load</c>: measures GET /v2/rooms/{id}/messages?force=1 requests per second against an
/// in-process emulator on loopback. Client and server share the machine, so the figure is a lower bound;
/// <c>--serve</c> keeps a seeded emulator running for an external load tool such as wrk instead.</summary>
public static class EmulatorLoadCommand
{
    public const string Name = "emulator-load";

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var settings = LoadSettings.Parse(args);
        var options = new EmulatorOptions
        {
            Urls = settings.Urls,
            // No per-token limit, so the run measures the emulator rather than its 429 path; the request log
            // stays on (default capacity) because the bot's benchmarks run with it.
            RequestsPerWindow = int.MaxValue,
            RequestLogCapacity = settings.RequestLog ?? new EmulatorOptions().RequestLogCapacity,
        };
        await using var emulator = await ChatworkEmulator.StartAsync(options, TimeProvider.System, cancellationToken);
        var (token, roomId) = Seed(emulator.Control, settings.Messages);
        var url = new Uri($"{emulator.BaseUrl.AbsoluteUri}/rooms/{roomId}/messages?force=1");
        if (settings.Serve)
        {
            Console.WriteLine($"serving {url}");
            Console.WriteLine($"wrk -t2 -c{settings.Connections} -d{settings.Seconds}s -H \"X-ChatWorkToken: {token}\" \"{url}\"");
            await emulator.WaitForShutdownAsync(cancellationToken);
            return 0;
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = settings.Connections, UseCookies = false };
        using var http = new HttpClient(handler);
        http.DefaultRequestHeaders.Add("X-ChatWorkToken", token);
        var responseBytes = await WarmUpAsync(http, url, cancellationToken);

        var result = await MeasureAsync(http, url, settings, cancellationToken);
        Report(result, settings, responseBytes);
        return result.Failures == 0 ? 0 : 1;
    }

    private static (string Token, long RoomId) Seed(EmulatorControl control, int messages)
    {
        var client = control.CreateAccount("Load client");
        var freelancer = control.CreateAccount("Load freelancer");
        var bot = control.CreateAccount("Load bot");
        var roomId = control.CreateGroupRoom(client.AccountId, "Load room", [client.AccountId], [freelancer.AccountId, bot.AccountId]);
        for (var i = 0; i < messages; i++)
        {
            var author = i % 2 == 0 ? client.AccountId : freelancer.AccountId;
            control.PostMessage(author, roomId, string.Create(
                CultureInfo.InvariantCulture,
                $"[To:{bot.AccountId}] message {i}: 納品は来週の金曜日でお願いします。Thanks, see the spec v{i}."));
        }

        return (bot.Token, roomId);
    }

    private static async Task<int> WarmUpAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        var bytes = 0;
        for (var i = 0; i < 200; i++)
        {
            bytes = (await http.GetByteArrayAsync(url, cancellationToken)).Length;
        }

        return bytes;
    }

    private static async Task<LoadResult> MeasureAsync(HttpClient http, Uri url, LoadSettings settings, CancellationToken cancellationToken)
    {
        var duration = TimeSpan.FromSeconds(settings.Seconds);
        var gcBefore = GcCounts.Now();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, settings.Connections).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var failures = 0;
            while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(url, cancellationToken);
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                failures += response.StatusCode == HttpStatusCode.OK ? 0 : 1;
            }

            return (latencies, failures);
        }, cancellationToken)).ToList();
        var results = await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var gc = GcCounts.Now() - gcBefore;
        var all = results.SelectMany(r => r.latencies).Order().ToList();
        return new LoadResult(all.Count, results.Sum(r => r.failures), elapsed, all, gc);
    }

    private static void Report(LoadResult result, LoadSettings settings, int responseBytes)
    {
        double Percentile(double p) => result.Latencies.Count == 0 ? 0 : result.Latencies[(int)Math.Min(result.Latencies.Count - 1, p * result.Latencies.Count)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"emulator-load: GET /v2/rooms/{{id}}/messages?force=1, {settings.Messages} messages ({responseBytes} bytes per response)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {settings.Connections} connections, {result.Elapsed.TotalSeconds:0.0} s, {result.Requests} requests, {result.Failures} failures, {Environment.ProcessorCount} cores shared by client and server"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  GC: {result.Gc.AllocatedBytes / Math.Max(1, result.Requests) / 1024.0:0.0} KB allocated per request (client and server), collections gen0 {result.Gc.Gen0} gen1 {result.Gc.Gen1} gen2 {result.Gc.Gen2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {result.Requests / result.Elapsed.TotalSeconds:0} requests/s; latency p50 {Percentile(0.5):0.00} ms, p99 {Percentile(0.99):0.00} ms"));
    }
}
