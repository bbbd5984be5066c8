using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Support;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>Who may add the bot as a contact: by default only its own organization and the configured accounts.</summary>
public sealed class ContactRequestPolicyTests
{
    private static bool Accepted(EmulatorControl control) =>
        control.RequestLog.Any(e => e.Method == "PUT" && e.Path.StartsWith("/v2/incoming_requests/", StringComparison.Ordinal) && e.Status == 200);

    [Fact]
    public async Task RequestFromAStrangerStaysPendingAndTheTeamLeadIsToldOnce()
    {
        await using var world = await BotHarness.StartAsync(botOrganization: "Guard Inc.");
        var control = world.Emulator.Control;
        var stranger = control.CreateAccount("Stranger", organizationName: "Somewhere Else");
        control.AddIncomingRequest(stranger.AccountId, world.BotAccount.AccountId, "追加してください");

        await world.Sync.RunCycleAsync(CancellationToken.None);
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.False(Accepted(control));
        Assert.Equal(2, control.RequestLog.Count(e => e.Method == "GET" && e.Path == "/v2/incoming_requests"));
        var told = Assert.Single(control.GetMessages(world.BotAccount.MyRoomId), m => m.AccountId == world.BotAccount.AccountId);
        Assert.Contains(stranger.AccountId.ToString(System.Globalization.CultureInfo.InvariantCulture), told.Body, StringComparison.Ordinal);
        Assert.Contains("Sync:AcceptContactRequestsFrom", told.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestFromTheBotsOwnOrganizationIsAccepted()
    {
        await using var world = await BotHarness.StartAsync(botOrganization: "Guard Inc.");
        var control = world.Emulator.Control;
        var colleague = control.CreateAccount("Colleague", organizationName: "Guard Inc.");
        control.AddIncomingRequest(colleague.AccountId, world.BotAccount.AccountId, "追加お願いします");

        await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.True(Accepted(control));
        Assert.DoesNotContain(control.GetMessages(world.BotAccount.MyRoomId), m => m.AccountId == world.BotAccount.AccountId);
    }

    [Fact]
    public async Task WithoutAnOrganizationNoOneIsAcceptedByOrganization()
    {
        // Accounts outside any organization all carry organization_id 0: that is no shared organization.
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        control.AddIncomingRequest(world.TeamLead.AccountId, world.BotAccount.AccountId, "追加お願いします");

        await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.False(Accepted(control));
    }

    [Fact]
    public async Task AcceptAllRestoresTheOldBehaviour()
    {
        await using var world = await BotHarness.StartAsync(settings: s => s["Sync:AcceptContactRequestsFromAnyone"] = "true");
        var control = world.Emulator.Control;
        var stranger = control.CreateAccount("Stranger", organizationName: "Somewhere Else");
        control.AddIncomingRequest(stranger.AccountId, world.BotAccount.AccountId, "追加してください");

        await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.True(Accepted(control));
    }
}
