using System.Globalization;
using System.Net;
using System.Text.Json;
using ChatworkGuard.Archive;
using Xunit.Abstractions;

namespace ChatworkGuard.IntegrationTests.Cluster;

/// <summary>/readyz and /metrics of two instances sharing one PostgreSQL, where each sync cycle runs on one of them.</summary>
public sealed class ClusterOperationsTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private readonly ITestOutputHelper _output;

    public ClusterOperationsTests(ITestOutputHelper output) => _output = output;

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(Uri bot, string path)
    {
        using var response = await Http.GetAsync(new Uri(bot, path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static double Counted(string scrape, string kind) =>
        scrape.Split('\n')
            .Where(l => l.StartsWith("chatworkguard_records_archived_total{", StringComparison.Ordinal) && l.Contains($"kind=\"{kind}\"", StringComparison.Ordinal))
            .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));

    [PostgresFact]
    public async Task BothInstancesStayReadyWhileEachCycleRunsOnOneOfThem()
    {
        await using var world = await ClusterWorld.StartAsync();
        await world.WaitUntilAllArchivedAsync(Generous);
        await world.WaitUntilAllAnswerAsync(Generous);

        var answers = new List<string>();
        for (var round = 0; round < 8; round++)
        {
            foreach (var url in world.ManagementUrls)
            {
                var (status, body) = await GetAsync(url, "/readyz");
                Assert.True(status == HttpStatusCode.OK, $"{url} not ready: {body}\n{world.Output}");
                // A clustered Quartz names its instance after the host: /readyz must not pass it on.
                Assert.DoesNotContain(Environment.MachineName, body, StringComparison.OrdinalIgnoreCase);
                using var json = JsonDocument.Parse(body);
                var sync = json.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "sync");
                answers.Add(sync.GetProperty("description").GetString()!);
            }

            // Sampling readiness across real sync intervals of real processes is the behaviour under test.
            await Task.Delay(ClusterWorld.SyncInterval);
        }

        _output.WriteLine(string.Join('\n', answers.Distinct().Take(10)));
        Assert.All(answers, a => Assert.DoesNotContain("no sync cycle", a, StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task RecordsCountedByBothInstancesAddUpToTheArchiveExactlyOnce()
    {
        await using var world = await ClusterWorld.StartAsync();
        await world.WaitUntilAllArchivedAsync(Generous);
        await world.WaitUntilAllAnswerAsync(Generous);

        // Activity goes on (reminders every 5 s), so wait for a moment when the counters and the archive agree.
        double counted = -1, archived = -2;
        await world.WaitUntilAsync("the instances' message counters add up to the archive", async () =>
        {
            counted = 0;
            foreach (var url in world.ManagementUrls)
            {
                counted += Counted((await GetAsync(url, "/metrics")).Body, "message-created");
            }

            archived = 0;
            foreach (var room in world.Rooms)
            {
                archived += (await world.RecordsAsync(room)).Count(r => r.Kind == RecordKind.MessageCreated);
            }

            return counted == archived;
        }, Generous);

        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"message-created: {counted} counted by the instances, {archived} archived"));
        Assert.True(archived > 0);
    }
}
