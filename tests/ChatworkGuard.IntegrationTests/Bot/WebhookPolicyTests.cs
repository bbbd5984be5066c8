using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatworkGuard.Archive;
using ChatworkGuard.Chatwork.Webhooks;
using ChatworkGuard.IntegrationTests.Support;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>A signed webhook is still input from outside: it obeys the watch decision, its ranges are checked, and the
/// poll has the last word on what a message says.</summary>
public sealed class WebhookPolicyTests
{
    private static readonly HttpClient Http = new();

    internal static HttpRequestMessage Signed(BotHarness world, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(world.BotUrl, "/webhooks/chatwork"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-chatworkwebhooksignature", WebhookSignatureVerifier.ComputeSignature(Encoding.UTF8.GetBytes(body), BotHarness.WebhookToken));
        return request;
    }

    internal static JsonObject Event(long roomId, string messageId, long accountId, string body, long sendTime = 1700000000, long updateTime = 0) => new()
    {
        ["webhook_setting_id"] = "1",
        ["webhook_event_type"] = updateTime == 0 ? "message_created" : "message_updated",
        ["webhook_event_time"] = 1700000000,
        ["webhook_event"] = new JsonObject
        {
            ["message_id"] = messageId,
            ["room_id"] = roomId,
            ["account_id"] = accountId,
            ["body"] = body,
            ["send_time"] = sendTime,
            ["update_time"] = updateTime,
        },
    };

    [Fact]
    public async Task WebhookForADeniedRoomIsIgnoredAndTheJoinedRoomIsRecordedAsNoLongerWatched()
    {
        await using var world = await BotHarness.StartAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        world.Settings["Rooms:Deny:0"] = world.RoomId.ToString(CultureInfo.InvariantCulture);
        await world.StartBotAsync();

        using var response = await Http.SendAsync(Signed(world, Event(world.RoomId, "1900000000000000101", world.Client.AccountId, "denied room").ToJsonString()));
        await world.DrainWebhooksAsync();
        var first = await world.Sync.RunCycleAsync(CancellationToken.None);
        var second = await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var records = await world.RecordsAsync();
        Assert.DoesNotContain(records, r => r.MessageId == "1900000000000000101");
        Assert.Equal((1, 0), (first.Lost, second.Lost));
        var unwatched = Assert.Single(records, r => r.Kind == RecordKind.RoomLost);
        Assert.Contains("\"reason\":\"unwatched\"", unwatched.Details, StringComparison.Ordinal);
        Assert.Single(world.Emulator.Control.GetMessages(world.BotAccount.MyRoomId), m => m.Body.Contains("ID " + world.RoomId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RoomAllowedAgainAfterBeingDeniedIsJoinedAgain()
    {
        await using var world = await BotHarness.StartAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        world.Settings["Rooms:Deny:0"] = world.RoomId.ToString(CultureInfo.InvariantCulture);
        await world.StartBotAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        world.Settings.Remove("Rooms:Deny:0");
        await world.StartBotAsync();

        var report = await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.Equal(1, report.Joined);
        Assert.Equal(
            [RecordKind.RoomJoined, RecordKind.RoomLost, RecordKind.RoomJoined],
            (await world.RecordsAsync()).Where(r => r.Kind is RecordKind.RoomJoined or RecordKind.RoomLost).Select(r => r.Kind));
    }

    [Theory]
    [InlineData("send_time", 253402300800L)] // year 10000: past what a date can hold
    [InlineData("send_time", -62135596801L)] // before year 1
    [InlineData("send_time", 0L)]
    [InlineData("update_time", 99999999999999L)]
    [InlineData("update_time", -1L)]
    [InlineData("account_id", -5L)]
    [InlineData("room_id", -1L)]
    public async Task SignedWebhookWithAValueOutOfRangeIsRefusedWith400(string field, long value)
    {
        await using var world = await BotHarness.StartAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var payload = Event(world.RoomId, "1900000000000000201", world.Client.AccountId, "out of range");
        payload["webhook_event"]![field] = value;

        using var response = await Http.SendAsync(Signed(world, payload.ToJsonString()));
        await world.DrainWebhooksAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(await world.RecordsAsync(), r => r.MessageId == "1900000000000000201");
    }

    [Theory]
    [InlineData("12345678901234567890123")] // more digits than a 64-bit id
    [InlineData("0")]
    public async Task SignedWebhookWithAnImpossibleMessageIdIsRefusedWith400(string messageId)
    {
        await using var world = await BotHarness.StartAsync();

        using var response = await Http.SendAsync(Signed(world, Event(world.RoomId, messageId, world.Client.AccountId, "x").ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PollCorrectsAWebhookThatNamedTheWrongAuthorWithAConflictRecord()
    {
        await using var world = await BotHarness.StartAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var control = world.Emulator.Control;
        var id = control.PostMessage(world.Freelancer.AccountId, world.RoomId, "納品しました");
        var real = Assert.Single(control.GetMessages(world.RoomId), m => m.MessageId == id);

        using var response = await Http.SendAsync(Signed(world, Event(world.RoomId, id, world.Client.AccountId, "納品しました", real.SendTime).ToJsonString()));
        await world.DrainWebhooksAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None);

        var versions = (await world.RecordsAsync()).Where(r => r.MessageId == id).ToList();
        Assert.Equal([RecordKind.MessageCreated, RecordKind.Conflict], versions.Select(v => v.Kind));
        Assert.Equal((RecordSource.Webhook, world.Client.AccountId), (versions[0].Source, versions[0].AccountId));
        Assert.Equal((RecordSource.Poll, world.Freelancer.AccountId), (versions[1].Source, versions[1].AccountId));
        Assert.Contains("\"fields\":[\"account_id\"]", versions[1].Details, StringComparison.Ordinal);
        Assert.Contains($"\"webhook_seq\":{versions[0].Sequence}", versions[1].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EscrowCommandArrivingByWebhookRunsOnlyOnceThePollConfirmsIt()
    {
        await using var world = await BotHarness.StartAsync();
        world.Settings[$"Rooms:Profiles:{world.RoomId}:ContractorAccountIds:0"] = world.Freelancer.AccountId.ToString(CultureInfo.InvariantCulture);
        await world.StartBotAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None); // the bot's own intro
        var control = world.Emulator.Control;
        var body = $"[To:{world.BotAccount.AccountId}]ChatworkGuardさん\n仮払い済み";
        var id = control.PostMessage(world.Freelancer.AccountId, world.RoomId, body);
        var real = Assert.Single(control.GetMessages(world.RoomId), m => m.MessageId == id);
        world.Clock.Advance(TimeSpan.FromSeconds(3));

        using var response = await Http.SendAsync(Signed(world, Event(world.RoomId, id, world.Freelancer.AccountId, body, real.SendTime).ToJsonString()));
        await world.DrainWebhooksAsync();
        var beforePoll = (await world.RecordsAsync()).Count(r => r.Kind == RecordKind.EscrowConfirmed);
        world.Clock.Advance(TimeSpan.FromSeconds(10));
        await world.Sync.RunCycleAsync(CancellationToken.None);
        world.Clock.Advance(TimeSpan.FromSeconds(10));
        await world.Sync.RunCycleAsync(CancellationToken.None);
        world.Clock.Advance(TimeSpan.FromMinutes(11));
        await world.Resync.RunResyncAsync(CancellationToken.None);

        Assert.Equal(0, beforePoll);
        Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.EscrowConfirmed);
        Assert.Single(control.GetMessages(world.RoomId), m => m.AccountId == world.BotAccount.AccountId && m.Body.Contains("仮払いの確認を記録しました", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommandInAWebhookForAMessageTheApiDoesNotHaveNeverRuns()
    {
        await using var world = await BotHarness.StartAsync();
        world.Settings[$"Rooms:Profiles:{world.RoomId}:ContractorAccountIds:0"] = world.Freelancer.AccountId.ToString(CultureInfo.InvariantCulture);
        await world.StartBotAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None); // the bot's own intro
        var body = $"[To:{world.BotAccount.AccountId}]ChatworkGuardさん\n仮払い済み";

        using var response = await Http.SendAsync(Signed(world, Event(world.RoomId, "1900000000000000301", world.Freelancer.AccountId, body).ToJsonString()));
        await world.DrainWebhooksAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(await world.RecordsAsync(), r => r.Kind == RecordKind.EscrowConfirmed);
        Assert.DoesNotContain(world.Emulator.Control.GetMessages(world.RoomId), m => m.Body.Contains("仮払いの確認を記録しました", StringComparison.Ordinal));
    }
}
