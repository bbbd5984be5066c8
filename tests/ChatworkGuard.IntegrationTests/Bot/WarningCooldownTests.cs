using ChatworkGuard.Archive;
using ChatworkGuard.IntegrationTests.Support;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>The cooldown holds back repeats, not the real pitch: a higher severity or another account still posts.</summary>
public sealed class WarningCooldownTests
{
    private const string Hint = "zzhint のはなし";
    private const string Pitch = "zzpitch のはなし";

    // Two team rules in one category: a weak hint and the real proposal.
    private static async Task<BotHarness> JoinedWorldAsync()
    {
        var world = await BotHarness.StartAsync(settings: s =>
        {
            s["Detection:Rules:0:Id"] = "team.hint";
            s["Detection:Rules:0:Category"] = "direct-payment";
            s["Detection:Rules:0:Severity"] = "Low";
            s["Detection:Rules:0:Terms:0"] = "zzhint";
            s["Detection:Rules:1:Id"] = "team.pitch";
            s["Detection:Rules:1:Category"] = "direct-payment";
            s["Detection:Rules:1:Severity"] = "High";
            s["Detection:Rules:1:Terms:0"] = "zzpitch";
        });
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None); // the bot's own intro
        return world;
    }

    private static async Task<(int Posted, int Suppressed)> PostAsync(BotHarness world, long author, string body)
    {
        world.Emulator.Control.PostMessage(author, world.RoomId, body);
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var records = await world.RecordsAsync();
        return (records.Count(r => r.Kind == RecordKind.WarningPosted), records.Count(r => r.Kind == RecordKind.WarningSuppressed));
    }

    [Fact]
    public async Task AThrowawayLowSeverityTriggerDoesNotSilenceTheHighSeverityPitch()
    {
        await using var world = await JoinedWorldAsync();

        var afterHint = await PostAsync(world, world.Client.AccountId, Hint);
        var afterPitch = await PostAsync(world, world.Client.AccountId, Pitch);
        var afterSecondPitch = await PostAsync(world, world.Client.AccountId, Pitch);

        Assert.Equal((1, 0), afterHint);
        Assert.Equal((2, 0), afterPitch);
        Assert.Equal((2, 1), afterSecondPitch);
    }

    [Fact]
    public async Task AnotherAccountsFindingWithinTheCooldownStillPosts()
    {
        await using var world = await JoinedWorldAsync();

        var afterClient = await PostAsync(world, world.Client.AccountId, Pitch);
        var afterFreelancer = await PostAsync(world, world.Freelancer.AccountId, Pitch);
        var afterClientAgain = await PostAsync(world, world.Client.AccountId, Hint);

        Assert.Equal((1, 0), afterClient);
        Assert.Equal((2, 0), afterFreelancer);
        Assert.Equal((2, 1), afterClientAgain);
    }

    [Fact]
    public async Task TheCooldownStateSurvivesARestart()
    {
        await using var world = await JoinedWorldAsync();
        await PostAsync(world, world.Client.AccountId, Pitch);
        await world.StartBotAsync();

        var afterRestart = await PostAsync(world, world.Client.AccountId, Pitch);
        var otherAccount = await PostAsync(world, world.Freelancer.AccountId, Hint);

        Assert.Equal((1, 1), afterRestart);
        Assert.Equal((2, 1), otherAccount);
    }
}
