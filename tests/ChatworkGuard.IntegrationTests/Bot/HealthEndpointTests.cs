using System.Net;
using System.Text.Json;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Support;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.IntegrationTests.Bot;

public sealed class HealthEndpointTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(BotHarness world, string path)
    {
        using var response = await Http.GetAsync(new Uri(world.ManagementUrl, path));
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    private static JsonElement Check(JsonElement body, string name) =>
        body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    private static string StatusOf(JsonElement body, string name) => Check(body, name).GetProperty("status").GetString()!;

    private static string DescriptionOf(JsonElement body, string name) => Check(body, name).GetProperty("description").GetString()!;

    // Failing calls are not retried here: the harness clock only moves when a test moves it.
    private static void NoRetries(Dictionary<string, string?> settings) => settings["Chatwork:MaxRetryAttempts"] = "0";

    [Fact]
    public async Task HealthzAnswersAliveWithoutRunningAnyCheck()
    {
        await using var world = await BotHarness.StartAsync();

        var (status, body) = await GetAsync(world, "/healthz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Empty(body.GetProperty("checks").EnumerateArray());
    }

    [Fact]
    public async Task ReadyzListsEveryCheckAndIsReadyAfterASyncCycle()
    {
        await using var world = await BotHarness.StartAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);

        var (status, body) = await GetAsync(world, "/readyz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(["chatwork", "database", "scheduler", "sync"], body.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).Order());
        Assert.Equal("Healthy", StatusOf(body, "database"));
        Assert.StartsWith("Chatwork answers (HTTP 200)", DescriptionOf(body, "chatwork"), StringComparison.Ordinal);
        Assert.True(Check(body, "chatwork").GetProperty("data").GetProperty("budgetRemaining").GetInt32() > 0);
        // Quartz runs for the escrow reminders even without the scheduled sync.
        Assert.Equal("the scheduler is running", DescriptionOf(body, "scheduler"));
        // The harness runs cycles itself with Sync:Enabled=false: a choice, reported as such and not as a failure.
        Assert.Equal("disabled (Sync:Enabled=false)", DescriptionOf(body, "sync"));
    }

    [Fact]
    public async Task ReadyzIsNotReadyWhenChatworkRejectsTheToken()
    {
        await using var world = await BotHarness.StartAsync(settings: s =>
        {
            s["Chatwork:ApiToken"] = "0123456789abcdef0123456789abcdef";
            NoRetries(s);
        });
        await Assert.ThrowsAnyAsync<Exception>(() => world.Sync.RunCycleAsync(CancellationToken.None));

        var (status, body) = await GetAsync(world, "/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", StatusOf(body, "chatwork"));
        Assert.Contains("rejects the API token (401)", DescriptionOf(body, "chatwork"), StringComparison.Ordinal);
        Assert.Equal("Healthy", StatusOf(body, "database"));
        Assert.Equal(401, Check(body, "chatwork").GetProperty("data").GetProperty("lastStatus").GetInt32());
    }

    [Fact]
    public async Task OneFailedCallDegradesAndRepeatedFailuresMakeTheBotNotReady()
    {
        await using var world = await BotHarness.StartAsync(settings: NoRetries);
        await world.Sync.RunCycleAsync(CancellationToken.None);
        world.Emulator.Control.SetFaults(new FaultOptions { ServerErrorRate = 1.0 });

        await Assert.ThrowsAnyAsync<Exception>(() => world.Sync.RunCycleAsync(CancellationToken.None));
        var (degradedStatus, degraded) = await GetAsync(world, "/readyz");
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => world.Sync.RunCycleAsync(CancellationToken.None));
        }

        var (downStatus, down) = await GetAsync(world, "/readyz");
        world.Emulator.Control.ClearFaults();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var (recoveredStatus, recovered) = await GetAsync(world, "/readyz");

        // A cycle may make more than one call (contact requests, then GET /rooms), so the first reading is degraded or down.
        Assert.True(degradedStatus == HttpStatusCode.OK || StatusOf(degraded, "chatwork") == "Unhealthy", "one failed cycle is a blip, not an outage");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, downStatus);
        Assert.StartsWith("Chatwork is unreachable", DescriptionOf(down, "chatwork"), StringComparison.Ordinal);
        Assert.Contains("HTTP 5", DescriptionOf(down, "chatwork"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, recoveredStatus);
        Assert.Equal("Healthy", StatusOf(recovered, "chatwork"));
    }

    [Fact]
    public async Task ReadyzIsNotReadyWhenTheArchiveDatabaseCannotBeOpened()
    {
        await using var world = await BotHarness.StartAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var (before, _) = await GetAsync(world, "/readyz");

        // Take the file away and put a directory in its place: the next connection cannot open it.
        SqliteConnection.ClearAllPools();
        var moved = Path.Combine(world.Directory, "moved");
        Directory.CreateDirectory(moved);
        foreach (var file in Directory.GetFiles(world.Directory, "guard.db*"))
        {
            File.Move(file, Path.Combine(moved, Path.GetFileName(file)));
        }

        Directory.CreateDirectory(world.DatabasePath);
        var (status, body) = await GetAsync(world, "/readyz");

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", StatusOf(body, "database"));
        Assert.Contains("does not answer", DescriptionOf(body, "database"), StringComparison.Ordinal);
        // Whoever reaches /readyz learns that the database is down, not where it lives or what the driver said.
        Assert.DoesNotContain(world.Directory, body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite Error", body.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("Sqlite", Check(body, "database").GetProperty("data").GetProperty("provider").GetString());
    }
}
