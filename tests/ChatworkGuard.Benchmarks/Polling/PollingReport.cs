using System.Globalization;
using System.Text;
using System.Text.Json;
using ChatworkGuard.Bot.Cli;
using ChatworkGuard.Emulator.RateLimiting;

namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>Prints a run's figures: a readable summary, then the one JSON line the issue asks for (last).</summary>
internal static class PollingReport
{
    private const int BotLinesShown = 12;

    public static void Print(PollingFigures figures, MeasuredRun run, PollingSettings settings, RateLimitSettings limit, bool logFull)
    {
        var window = run.PostingEnded - run.PostingStarted;
        var allowed = limit.RequestsPerWindow * (window / limit.Window);
        var aim = settings.Cycle.TotalMilliseconds + 2000;
        var rooms = run.Posted.Select(p => p.RoomId).Distinct().Count();
        Line($"measured: emulator limit {limit.RequestsPerWindow} per {limit.Window.TotalMinutes:0.##} min; the bot restarted with its default budget, Sync:Interval {settings.Cycle.TotalSeconds} s, detection on,");
        Line($"  escrow off (its weekday 10:00 JST reminder would post in every room and distort the figures)");
        Line($"  start-up: {(run.PostingStarted - run.BotStarted).TotalSeconds:F1} s from launch to its first GET /rooms, {figures.StartupRequests} requests before posting began");
        Line($"  posting window {window.TotalSeconds:F1} s: {figures.Posted} messages posted in {rooms} rooms");
        Line($"  requests in the window: {figures.Requests} (GET messages {figures.MessageReads}, GET /rooms {figures.RoomLists}, posts {figures.Posts}, other {figures.OtherRequests}); the limit is {limit.RequestsPerWindow} per {limit.Window.TotalMinutes:0.##} min, {allowed:F0} pro rata over the window");
        Line($"  naive poller (one GET messages per room per cycle): {figures.NaiveRequests} requests; ratio {figures.Ratio:F1}x; aim >= 20x: {Met(figures.Ratio >= 20)}");
        Line($"  drain: {figures.DrainRequests} requests in {(run.DrainEnded - run.PostingEnded).TotalSeconds:F1} s after posting stopped (limit {settings.DrainMinutes} min)");
        Line($"  429 answers to the bot (whole measured phase): {figures.Http429} (must be 0)");
        Line($"  lost: {figures.Lost} of {figures.Posted} posted messages not archived as message-created by the end of the drain (must be 0)");
        var bound = figures.Lost > 0 ? Invariant($"; lower bounds: the {figures.Lost} messages never archived count with their delay when the drain ended") : "";
        Line($"  delay post -> archive: p50 {figures.P50Ms:F0} ms, p95 {figures.P95Ms:F0} ms, max {figures.MaxMs:F0} ms; aim p95 <= cycle + 2 s = {aim:F0} ms: {Met(figures.P95Ms <= aim)}{bound}");
        Line($"  bot peak memory: {figures.PeakRssMb:F1} MB resident (VmRSS every 250 ms, {run.RssSamples} samples, and VmHWM); aim <= 150 MB: {Met(figures.PeakRssMb <= 150)}; peak private part (RssAnon) {run.PeakAnonMb:F1} MB");
        Line($"    the rest is mapped runtime and framework files and JIT-compiled code (W^X double mapping); the bot's runtimeconfig asks for server GC: {ServerGc()}");
        Line($"  bot exit after SIGTERM: {(run.ExitCode is { } code ? code.ToString(CultureInfo.InvariantCulture) : "none, killed after 30 s")}; it printed {run.BotLines.Count} lines at Warning or above");
        foreach (var line in run.BotLines.Take(BotLinesShown))
        {
            Console.WriteLine($"    | {line}");
        }

        if (logFull)
        {
            Line($"  WARNING: the emulator's request log reached its capacity and dropped old entries; the request counts are too low.");
        }
    }

    /// <summary>The naive poller's real run beside its formula.</summary>
    public static void PrintNaive(NaiveRun naive, RateLimitSettings limit, PollingSettings settings)
    {
        Line($"naive poller, run for real: {naive.Rooms} rooms, {naive.Cycles} cycles of {settings.Cycle.TotalSeconds} s; formula rooms x cycles = {naive.Formula} requests, the emulator logged {naive.Requests}: {Met(naive.Requests == naive.Formula)}");
        Line($"  {naive.Http429} of them answered 429 (limit {limit.RequestsPerWindow} per {limit.Window.TotalMinutes:0.##} min for its token), so {naive.Requests - naive.Http429} reads succeeded");
    }

    /// <summary>The issue's JSON line, with its exact keys (and the naive poller's real run, when it ran); numbers as JSON numbers.</summary>
    public static string Json(PollingFigures figures, NaiveRun? naive, int accounts)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("accounts", accounts);
            json.WriteNumber("requests", figures.Requests);
            json.WriteNumber("naiveRequests", figures.NaiveRequests);
            json.WriteNumber("ratio", Math.Round(figures.Ratio, 2));
            json.WriteNumber("http429", figures.Http429);
            json.WriteNumber("lost", figures.Lost);
            json.WriteNumber("p50Ms", Math.Round(figures.P50Ms));
            json.WriteNumber("p95Ms", Math.Round(figures.P95Ms));
            json.WriteNumber("peakRssMb", Math.Round(figures.PeakRssMb, 1));
            if (naive is not null)
            {
                json.WriteNumber("naiveRunRooms", naive.Rooms);
                json.WriteNumber("naiveRunFormula", naive.Formula);
                json.WriteNumber("naiveRunRequests", naive.Requests);
                json.WriteNumber("naiveRunHttp429", naive.Http429);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // chatwork-guard.runtimeconfig.json beside the bot; DOTNET_gcServer in this environment overrides it for the child.
    private static string ServerGc()
    {
        var variable = Environment.GetEnvironmentVariable("DOTNET_gcServer");
        var path = Path.ChangeExtension(typeof(ChatworkGuardCommandLine).Assembly.Location, ".runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var configured = config.RootElement.GetProperty("runtimeOptions").TryGetProperty("configProperties", out var properties)
            && properties.TryGetProperty("System.GC.Server", out var server) && server.GetBoolean();
        return variable is null ? (configured ? "yes" : "no") : $"{(configured ? "yes" : "no")}, but DOTNET_gcServer={variable} is set here";
    }

    private static string Met(bool met) => met ? "met" : "MISSED";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Line(FormattableString text) => Console.WriteLine(Invariant(text));
}
