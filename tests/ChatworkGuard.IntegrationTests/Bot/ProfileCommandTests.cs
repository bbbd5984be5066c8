using System.Globalization;
using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.IntegrationTests.Support;
using static ChatworkGuard.IntegrationTests.Bot.RoomProfileTests;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>Profile commands to the bot in a room without a Rooms:Profiles entry (PG案件（ランサーズ）: the client is its
/// admin, the freelancer a member).</summary>
public sealed class ProfileCommandTests
{
    private static string ToBot(BotHarness world, string text) => $"[To:{world.BotAccount.AccountId}]ChatworkGuardさん\n{text}";

    private static async Task<List<RoomProfileDetails>> CommandRecordsAsync(BotHarness world, long roomId) =>
        [.. (await ProfileRecordsAsync(world, roomId)).Where(r => r.Cause == RoomProfileDetails.Command)];

    private static async Task<string> SayAsync(BotHarness world, long roomId, long author, string body)
    {
        var before = BotPosts(world, roomId).Count;
        world.Emulator.Control.PostMessage(author, roomId, body);
        await world.Sync.RunCycleAsync(CancellationToken.None);
        return Assert.Single(BotPosts(world, roomId).Skip(before));
    }

    [Fact]
    public async Task MemberSaysTheyAreTheContractorAndItIsRecordedAndAnswered()
    {
        var (world, roomId) = await LancersRoomAsync();
        await using var _ = world;

        var answer = await SayAsync(world, roomId, world.Client.AccountId, ToBot(world, "受注者は私です"));

        var record = Assert.Single(await CommandRecordsAsync(world, roomId));
        Assert.Equal([world.Client.AccountId], record.ContractorAccountIds);
        Assert.Equal("受注者は私です", record.CommandText);
        Assert.Contains("受注者：Client Corp", answer, StringComparison.Ordinal);
        var profile = await ProfileAsync(world, roomId);
        Assert.Equal([world.Client.AccountId], profile.ContractorAccountIds);
        Assert.Equal(ProfileSource.Command, profile.Sources.Contractors);
    }

    [Fact]
    public async Task ClientIsNamedWithAToAndInEnglish()
    {
        var (world, roomId) = await LancersRoomAsync();
        await using var _ = world;

        await SayAsync(world, roomId, world.Freelancer.AccountId, ToBot(world, $"client: [To:{world.Client.AccountId}]Client Corpさん"));

        var profile = await ProfileAsync(world, roomId);
        Assert.Equal([world.Client.AccountId], profile.ClientAccountIds);
        Assert.Equal(ProfileSource.Command, profile.Sources.Clients);
    }

    [Fact]
    public async Task PlatformCommandSetsThePlatformAndPostsItsRules()
    {
        var (world, roomId) = await LancersRoomAsync();
        await using var _ = world;

        var answer = await SayAsync(world, roomId, world.Freelancer.AccountId, ToBot(world, "プラットフォーム ココナラ"));

        Assert.Equal("Coconala", Assert.Single(await CommandRecordsAsync(world, roomId)).Platform);
        Assert.Contains("ココナラでは", answer, StringComparison.Ordinal);
        var profile = await ProfileAsync(world, roomId);
        Assert.Equal((ChatworkGuard.Policy.Platforms.Platform.Coconala, ProfileSource.Command), (profile.Platform, profile.Sources.Platform));
    }

    [Fact]
    public async Task NamingSomeoneWhoIsNotAMemberIsRefusedWithTheReason()
    {
        var (world, roomId) = await LancersRoomAsync();
        await using var _ = world;

        var answer = await SayAsync(world, roomId, world.Client.AccountId, ToBot(world, $"受注者は[To:{world.TeamLead.AccountId}]Team Leadさんです"));

        Assert.Contains("メンバーではない", answer, StringComparison.Ordinal);
        Assert.Empty(await CommandRecordsAsync(world, roomId));
    }

    [Fact]
    public async Task UnknownPlatformIsRefusedWithTheChoices()
    {
        var (world, roomId) = await LancersRoomAsync();
        await using var _ = world;

        var answer = await SayAsync(world, roomId, world.Client.AccountId, ToBot(world, "platform: Foo"));

        Assert.Contains("クラウドワークス・ランサーズ・ココナラ", answer, StringComparison.Ordinal);
        Assert.Empty(await CommandRecordsAsync(world, roomId));
    }

    [Fact]
    public async Task QuotedCommandAndTheBotsOwnCommandDoNothing()
    {
        var (world, roomId) = await LancersRoomAsync();
        await using var _ = world;
        var before = BotPosts(world, roomId).Count;

        world.Emulator.Control.PostMessage(world.Client.AccountId, roomId,
            ToBot(world, $"[qt][qtmeta aid={world.Freelancer.AccountId} time=1700000000]受注者は私です[/qt]これは本当？"));
        world.Emulator.Control.PostMessage(world.BotAccount.AccountId, roomId, ToBot(world, "受注者は私です"));
        await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.Empty(await CommandRecordsAsync(world, roomId));
        Assert.Equal(before + 1, BotPosts(world, roomId).Count);
    }

    [Fact]
    public async Task CommandsSwitchedOffByConfigurationAreRefused()
    {
        var (world, roomId) = await LancersRoomAsync(values => values["Rooms:AllowProfileCommands"] = "false");
        await using var _ = world;

        var answer = await SayAsync(world, roomId, world.Client.AccountId, ToBot(world, "contractor: me"));

        Assert.Contains("無効", answer, StringComparison.Ordinal);
        Assert.Empty(await CommandRecordsAsync(world, roomId));
    }

    [Fact]
    public async Task TeamLeadsConfiguredContractorAlwaysWins()
    {
        var (world, roomId) = await LancersRoomAsync();
        await using var _ = world;
        world.Settings[$"Rooms:Profiles:{roomId.ToString(CultureInfo.InvariantCulture)}:ContractorAccountIds:0"] = world.Freelancer.AccountId.ToString(CultureInfo.InvariantCulture);
        await world.StartBotAsync();

        var answer = await SayAsync(world, roomId, world.Client.AccountId, ToBot(world, "受注者は私です"));

        Assert.Contains("Rooms:Profiles", answer, StringComparison.Ordinal);
        Assert.Empty(await CommandRecordsAsync(world, roomId));
        Assert.Equal([world.Freelancer.AccountId], (await ProfileAsync(world, roomId)).ContractorAccountIds);
    }
}
