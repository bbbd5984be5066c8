using System.Globalization;
using ChatworkGuard.Archive;
using ChatworkGuard.IntegrationTests.Support;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>Who may confirm the escrow: the contractors and the configured confirmers, never the client alone.</summary>
public sealed class EscrowConfirmerTests
{
    private static async Task<BotHarness> JoinedWorldAsync(Action<BotHarness>? configure = null)
    {
        var world = await BotHarness.StartAsync();
        world.Settings[$"Rooms:Profiles:{world.RoomId}:ContractorAccountIds:0"] = world.Freelancer.AccountId.ToString(CultureInfo.InvariantCulture);
        world.Settings[$"Rooms:Profiles:{world.RoomId}:ClientAccountIds:0"] = world.Client.AccountId.ToString(CultureInfo.InvariantCulture);
        configure?.Invoke(world);
        await world.StartBotAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None); // the bot's own intro
        return world;
    }

    private static string ToBot(BotHarness world, string command) =>
        $"[To:{world.BotAccount.AccountId}]ChatworkGuardさん\n{command}";

    private static List<ChatworkGuard.Emulator.EmulatedMessage> BotMessages(BotHarness world) =>
        world.Emulator.Control.GetMessages(world.RoomId).Where(m => m.AccountId == world.BotAccount.AccountId).ToList();

    [Fact]
    public async Task ClientsClaimIsRecordedAsClaimedAndTheContractorIsAskedToConfirmOnThePlatform()
    {
        await using var world = await JoinedWorldAsync();
        world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, ToBot(world, "仮払いしました"));

        await world.Sync.RunCycleAsync(CancellationToken.None);

        var records = await world.RecordsAsync();
        Assert.DoesNotContain(records, r => r.Kind == RecordKind.EscrowConfirmed);
        var claim = Assert.Single(records, r => r.Kind == RecordKind.EscrowChanged);
        Assert.Equal(world.Client.AccountId, claim.AccountId);
        Assert.Contains("\"cause\":\"claim\"", claim.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\":\"confirmed\"", claim.Details, StringComparison.Ordinal);
        var ask = Assert.Single(BotMessages(world), m => m.Body.Contains($"[To:{world.Freelancer.AccountId}]", StringComparison.Ordinal));
        Assert.Contains("クラウドワークス", ask.Body, StringComparison.Ordinal);
        Assert.Contains("仮払い", ask.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoomAdminWhoIsNotAContractorMayNotConfirm()
    {
        await using var world = await JoinedWorldAsync();
        world.Emulator.Control.AddMember(world.RoomId, world.TeamLead.AccountId, ChatworkGuard.Emulator.RoomRole.Admin);
        world.Clock.Advance(TimeSpan.FromMinutes(11));
        await world.Resync.RunResyncAsync(CancellationToken.None); // the member snapshot now shows the new admin
        world.Emulator.Control.PostMessage(world.TeamLead.AccountId, world.RoomId, ToBot(world, "仮払い済み"));

        await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.DoesNotContain(await world.RecordsAsync(), r => r.Kind == RecordKind.EscrowConfirmed);
        Assert.Contains(BotMessages(world), m => m.Body.Contains("仮払いの確認はできませんでした", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConfiguredConfirmerMayConfirm()
    {
        await using var world = await JoinedWorldAsync(w => w.Settings["Escrow:ConfirmerAccountIds:0"] = w.TeamLead.AccountId.ToString(CultureInfo.InvariantCulture));
        world.Emulator.Control.AddMember(world.RoomId, world.TeamLead.AccountId);
        world.Emulator.Control.PostMessage(world.TeamLead.AccountId, world.RoomId, ToBot(world, "仮払い済み"));

        await world.Sync.RunCycleAsync(CancellationToken.None);

        var confirmed = Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.EscrowConfirmed);
        Assert.Equal(world.TeamLead.AccountId, confirmed.AccountId);
    }
}
