using System.Globalization;
using System.Text.RegularExpressions;
using ChatworkGuard.IntegrationTests.Support;

namespace ChatworkGuard.IntegrationTests.Bot;

public sealed partial class MetricsEndpointTests
{
    private const string LineLure = "手数料がもったいないので、今後はLINEで直接やりとりしませんか？ IDは client123 です。";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    // A sample line of the text exposition format: name, optional label set, value.
    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?<labels>\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (?<value>[-+]?(?:[0-9.eE+-]+|Inf|NaN))$""")]
    private static partial Regex SampleLine();

    [GeneratedRegex("""^# (?:HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*|TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (?:counter|gauge|histogram))$""")]
    private static partial Regex CommentLine();

    private static async Task<string> ScrapeAsync(BotHarness world)
    {
        using var response = await Http.GetAsync(new Uri(world.ManagementUrl, "/metrics"));
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    private static double Sample(string scrape, string series)
    {
        var line = scrape.Split('\n').SingleOrDefault(l => l.StartsWith(series + " ", StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line[(series.Length + 1)..], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task MetricsAreValidPrometheusTextWithATypeBeforeEverySample()
    {
        await using var world = await BotHarness.StartAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);

        var scrape = await ScrapeAsync(world);

        var typed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in scrape.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('#'))
            {
                Assert.Matches(CommentLine(), line);
                if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
                {
                    Assert.True(typed.Add(line.Split(' ')[2]), $"one TYPE per metric: {line}");
                }

                continue;
            }

            var match = SampleLine().Match(line);
            Assert.True(match.Success, $"not a sample line: {line}");
            var name = match.Groups["name"].Value;
            Assert.True(
                typed.Contains(name) || typed.Any(t => name == t + "_bucket" || name == t + "_sum" || name == t + "_count"),
                $"sample before its TYPE: {line}");
        }

        Assert.EndsWith("\n", scrape, StringComparison.Ordinal);
        Assert.Contains("chatworkguard_records_archived_total", typed);
        Assert.Contains("chatwork_budget_remaining", typed);
    }

    [Fact]
    public async Task JoinAndLossRecordsAreCountedLikeMessages()
    {
        await using var world = await BotHarness.StartAsync();
        var before = await ScrapeAsync(world);

        await world.Sync.RunCycleAsync(CancellationToken.None);
        world.Emulator.Control.DeleteRoom(world.RoomId);
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var after = await ScrapeAsync(world);

        string Delta(string series) => (Sample(after, series) - Sample(before, series)).ToString(CultureInfo.InvariantCulture);
        Assert.Equal("1", Delta("""chatworkguard_records_archived_total{kind="room-joined",source="poll"}"""));
        Assert.Equal("1", Delta("""chatworkguard_records_archived_total{kind="room-snapshot",source="poll"}"""));
        Assert.Equal("1", Delta("""chatworkguard_records_archived_total{kind="room-lost",source="poll"}"""));
    }

    [Fact]
    public async Task CountersMoveAfterACycleThatArchivesEditsDeletionsAndAWarning()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None); // the intro
        var before = await ScrapeAsync(world);

        var edited = control.PostMessage(world.Client.AccountId, world.RoomId, "見積もりは10万円です");
        var deleted = control.PostMessage(world.Freelancer.AccountId, world.RoomId, "少々お待ちください");
        control.PostMessage(world.Client.AccountId, world.RoomId, LineLure);
        await world.Sync.RunCycleAsync(CancellationToken.None);
        control.EditMessage(world.RoomId, edited, "見積もりは12万円です");
        control.DeleteMessage(world.RoomId, deleted);
        // Two more messages: message_num moves even if the edit and the deletion land in the same second.
        control.PostMessage(world.Freelancer.AccountId, world.RoomId, "承知しました");
        control.PostMessage(world.Freelancer.AccountId, world.RoomId, "明日送ります");
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var after = await ScrapeAsync(world);

        string Delta(string series) => (Sample(after, series) - Sample(before, series)).ToString(CultureInfo.InvariantCulture);
        Assert.Equal("6", Delta("""chatworkguard_records_archived_total{kind="message-created",source="poll"}""")); // 5 + the bot's warning
        Assert.Equal("1", Delta("""chatworkguard_records_archived_total{kind="message-edited",source="poll"}"""));
        Assert.Equal("1", Delta("""chatworkguard_records_archived_total{kind="message-deleted",source="poll"}"""));
        Assert.Equal("1", Delta("""chatworkguard_warnings_posted_total{category="off-platform-contact"}"""));
        Assert.True(Sample(after, """chatworkguard_api_calls_total{method="GET",status="200"}""") > Sample(before, """chatworkguard_api_calls_total{method="GET",status="200"}"""));
        // The deleted message is confirmed with GET message/{id}, which answers 404.
        Assert.True(Sample(after, """chatworkguard_api_calls_total{method="GET",status="404"}""") >= 1);
        Assert.True(Sample(after, "chatworkguard_sync_delay_seconds_count") >= 5, "messages sent while the bot runs feed the delay histogram");
        Assert.True(Sample(after, """chatworkguard_sync_delay_seconds_bucket{le="+Inf"}""") == Sample(after, "chatworkguard_sync_delay_seconds_count"));
        Assert.True(Sample(after, "chatwork_budget_remaining") > 0);
        Assert.Equal(0, Sample(after, "chatworkguard_sync_age_seconds")); // the harness clock has not moved since the cycle
        Assert.Contains("""chatwork_budget_waiting{priority="post"} 0""", after, StringComparison.Ordinal);
    }
}
