using System.Globalization;
using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.IntegrationTests.Emulator.Support;
using ChatworkGuard.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>Rooms without a Rooms:Profiles entry: the platform from the room's name or description, the roles from its
/// members, archived as room-profile records.</summary>
public sealed class RoomProfileTests
{
    internal static async Task<(BotHarness World, long RoomId)> LancersRoomAsync(Action<Dictionary<string, string?>>? settings = null, string name = "PG案件（ランサーズ）", string description = "")
    {
        var world = await BotHarness.StartAsync(settings: values =>
        {
            foreach (var key in values.Keys.Where(k => k.StartsWith("Rooms:Profiles:", StringComparison.Ordinal)).ToList())
            {
                values.Remove(key);
            }

            settings?.Invoke(values);
        });
        var roomId = world.Emulator.Control.CreateGroupRoom(
            world.Client.AccountId, name, [world.Client.AccountId], [world.Freelancer.AccountId, world.BotAccount.AccountId], description: description);
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None); // the bot's own intro
        return (world, roomId);
    }

    internal static List<string> BotPosts(BotHarness world, long roomId) =>
        [.. world.Emulator.Control.GetMessages(roomId).Where(m => m.AccountId == world.BotAccount.AccountId).Select(m => m.Body)];

    internal static async Task<List<RoomProfileDetails>> ProfileRecordsAsync(BotHarness world, long roomId) =>
        [.. (await world.RecordsAsync(roomId)).Where(r => r.Kind == RecordKind.RoomProfile).Select(r => RoomProfileDetails.TryParse(r.Details)!)];

    internal static Task<RoomProfile> ProfileAsync(BotHarness world, long roomId) =>
        world.Services.GetRequiredService<RoomProfiles>().GetAsync(roomId, CancellationToken.None);

    [Fact]
    public async Task LancersRoomWithoutAProfileIsRecognisedRecordedAndIntroducedWithLancersRules()
    {
        var (world, roomId) = await LancersRoomAsync();
        await using var _ = world;

        var inferred = Assert.Single(await ProfileRecordsAsync(world, roomId));
        Assert.Equal(("Lancers", "name", "PG案件（ランサーズ）"), (inferred.Platform, inferred.InferredFrom, inferred.RoomName));
        Assert.Equal(["ランサーズ"], inferred.Matched);
        Assert.Equal([world.Freelancer.AccountId], inferred.ContractorAccountIds);
        Assert.Equal([world.Client.AccountId], inferred.ClientAccountIds);
        var intro = Assert.Single(BotPosts(world, roomId));
        Assert.Contains("ランサーズで受注した案件", intro, StringComparison.Ordinal);
        Assert.Contains("マイルストーンごとに仮払いが必要", intro, StringComparison.Ordinal);
        var profile = await ProfileAsync(world, roomId);
        Assert.Equal(new RoomProfileSources(ProfileSource.Inferred, ProfileSource.Inferred, ProfileSource.Inferred), profile.Sources);
    }

    [Fact]
    public async Task InferredContractorMayConfirmEscrowWithoutBeingAnAdmin()
    {
        var (world, roomId) = await LancersRoomAsync();
        await using var _ = world;

        world.Emulator.Control.PostMessage(world.Freelancer.AccountId, roomId, $"[To:{world.BotAccount.AccountId}]ChatworkGuardさん\n仮払い済み");
        await world.Sync.RunCycleAsync(CancellationToken.None);

        var confirmed = Assert.Single(await world.RecordsAsync(roomId), r => r.Kind == RecordKind.EscrowConfirmed);
        Assert.Equal(world.Freelancer.AccountId, confirmed.AccountId);
    }

    [Fact]
    public async Task PlatformNamedOnlyInTheDescriptionIsRecognisedFromIt()
    {
        var (world, roomId) = await LancersRoomAsync(name: "バナー制作", description: "ｸﾗｳﾄﾞﾜｰｸｽで受注した案件です");
        await using var _ = world;

        var inferred = Assert.Single(await ProfileRecordsAsync(world, roomId));
        Assert.Equal(("CrowdWorks", "description"), (inferred.Platform, inferred.InferredFrom));
    }

    [Fact]
    public async Task RenamedRoomGetsANewRecordAndThePlatformRulesOnlyWhenThePlatformChanged()
    {
        var (world, roomId) = await LancersRoomAsync();
        await using var _ = world;
        using var api = new EmulatorApi(world.Emulator);
        var path = "/rooms/" + roomId.ToString(CultureInfo.InvariantCulture);

        (await api.PutAsync(world.Client.Token, path, ("name", "PG案件（ランサーズ）第2期"))).EnsureSuccessStatusCode();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var postsAfterSamePlatform = BotPosts(world, roomId).Count;
        (await api.PutAsync(world.Client.Token, path, ("name", "PG案件（ココナラ）"))).EnsureSuccessStatusCode();
        await world.Sync.RunCycleAsync(CancellationToken.None);

        var records = await ProfileRecordsAsync(world, roomId);
        Assert.Equal(["Lancers", "Lancers", "Coconala"], records.Select(r => r.Platform));
        Assert.Equal(1, postsAfterSamePlatform);
        var rules = Assert.Single(BotPosts(world, roomId).Skip(1));
        Assert.Contains("ココナラでは", rules, StringComparison.Ordinal);
        Assert.Equal(ChatworkGuard.Policy.Platforms.Platform.Coconala, (await ProfileAsync(world, roomId)).Platform);
    }

    [Fact]
    public async Task ConfiguredPlatformWinsAndARenameIsNotInferred()
    {
        var (world, roomId) = await LancersRoomAsync();
        await using var _ = world;
        using var api = new EmulatorApi(world.Emulator);

        // The team lead configures the room the bot had inferred as Lancers, then the room is renamed.
        world.Settings["Rooms:Profiles:" + roomId.ToString(CultureInfo.InvariantCulture) + ":Platform"] = "Coconala";
        await world.StartBotAsync();
        (await api.PutAsync(world.Client.Token, "/rooms/" + roomId.ToString(CultureInfo.InvariantCulture), ("name", "PG案件（クラウドワークス）"))).EnsureSuccessStatusCode();
        await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.Single(await ProfileRecordsAsync(world, roomId));
        var profile = await ProfileAsync(world, roomId);
        Assert.Equal((ChatworkGuard.Policy.Platforms.Platform.Coconala, ProfileSource.Configured), (profile.Platform, profile.Sources.Platform));
    }
}
