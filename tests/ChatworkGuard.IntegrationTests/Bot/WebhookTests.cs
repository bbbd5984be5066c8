using System.Net;
using System.Text;
using ChatworkGuard.Archive;
using ChatworkGuard.Chatwork.Webhooks;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Support;

namespace ChatworkGuard.IntegrationTests.Bot;

public sealed class WebhookTests
{
    private static readonly HttpClient Http = new();

    private static Uri WebhookUrl(BotHarness world) => new(world.BotUrl, "/webhooks/chatwork");

    private static HttpRequestMessage Signed(BotHarness world, string body, string token = BotHarness.WebhookToken, bool inQuery = false)
    {
        var signature = WebhookSignatureVerifier.ComputeSignature(Encoding.UTF8.GetBytes(body), token);
        var url = inQuery
            ? new Uri(WebhookUrl(world) + "?chatwork_webhook_signature=" + Uri.EscapeDataString(signature))
            : WebhookUrl(world);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (!inQuery)
        {
            request.Headers.Add("x-chatworkwebhooksignature", signature);
        }

        return request;
    }

    private static string Event(long roomId, string messageId, long accountId, string body, long updateTime = 0) =>
        new System.Text.Json.Nodes.JsonObject
        {
            ["webhook_setting_id"] = "1",
            ["webhook_event_type"] = updateTime == 0 ? "message_created" : "message_updated",
            ["webhook_event_time"] = 1700000000,
            ["webhook_event"] = new System.Text.Json.Nodes.JsonObject
            {
                ["message_id"] = messageId,
                ["room_id"] = roomId,
                ["account_id"] = accountId,
                ["body"] = body,
                ["send_time"] = 1700000000,
                ["update_time"] = updateTime,
            },
        }.ToJsonString();

    [Fact]
    public async Task EmulatorDeliveredWebhookIsArchivedAndThePollAddsNothing()
    {
        await using var world = await BotHarness.StartAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None);
        // The emulator issues the webhook token, so the bot restarts with it on a port chosen beforehand.
        var port = FreePort.Next();
        var url = new Uri($"http://127.0.0.1:{port}/webhooks/chatwork");
        var hook = world.Emulator.Control.RegisterWebhook(world.BotAccount.AccountId, url, WebhookEvents.MessageCreated | WebhookEvents.MessageUpdated, world.RoomId);
        world.Settings["Webhooks:Tokens:0"] = hook.Token;
        world.Settings["Urls"] = url.GetLeftPart(UriPartial.Authority);
        await world.StartBotAsync();

        var id = world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, "webhook first");
        await world.Emulator.Control.WaitForWebhookDeliveriesAsync();
        await world.DrainWebhooksAsync();
        var viaWebhook = Assert.Single(await world.RecordsAsync(), r => r.MessageId == id);
        await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.Equal(RecordSource.Webhook, viaWebhook.Source);
        Assert.Equal("Client Corp", viaWebhook.AccountName);
        Assert.Single(await world.RecordsAsync(), r => r.MessageId == id);
    }

    [Fact]
    public async Task SignedWebhookInTheQueryIsAcceptedWithATinyBody()
    {
        await using var world = await BotHarness.StartAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);

        using var response = await Http.SendAsync(Signed(world, Event(world.RoomId, "1900000000000000001", world.Client.AccountId, "hello"), inQuery: true));
        await world.DrainWebhooksAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length <= 2048, "Chatwork counts a body over 2 KB as a failed delivery.");
        Assert.Single(await world.RecordsAsync(), r => r.MessageId == "1900000000000000001");
    }

    [Fact]
    public async Task ForgedWebhookIsRefusedWith401AndArchivesNothing()
    {
        await using var world = await BotHarness.StartAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var before = (await world.RecordsAsync()).Count;

        using var forged = await Http.SendAsync(Signed(world, Event(world.RoomId, "1900000000000000002", world.Client.AccountId, "forged"), token: "iY/hmitgwCBlc5DnjAZ8pyRG1HF0zFflfmKmtCDg1wk="));
        using var unsigned = await Http.PostAsync(WebhookUrl(world), new StringContent(Event(world.RoomId, "1900000000000000003", 1, "x")));
        await world.DrainWebhooksAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(before, (await world.RecordsAsync()).Count);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"webhook_event_type\":\"message_created\"}")]
    [InlineData("[]")]
    public async Task SignedButMalformedWebhookIsRefusedWith400(string body)
    {
        await using var world = await BotHarness.StartAsync();

        using var response = await Http.SendAsync(Signed(world, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OversizedWebhookIsRefused()
    {
        await using var world = await BotHarness.StartAsync(settings: s => s["Webhooks:MaxBodyBytes"] = "1024");

        using var response = await Http.SendAsync(Signed(world, Event(world.RoomId, "1900000000000000004", 1, new string('x', 4000))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task WebhookEditOfAnArchivedMessageIsArchivedAsAnEdit()
    {
        await using var world = await BotHarness.StartAsync();
        var id = world.Emulator.Control.PostMessage(world.Client.AccountId, world.RoomId, "original");
        await world.Sync.RunCycleAsync(CancellationToken.None);

        using var response = await Http.SendAsync(Signed(world, Event(world.RoomId, id, world.Client.AccountId, "edited", updateTime: 1700000100)));
        await world.DrainWebhooksAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var versions = (await world.RecordsAsync()).Where(r => r.MessageId == id).ToList();
        Assert.Equal([RecordKind.MessageCreated, RecordKind.MessageEdited], versions.Select(v => v.Kind));
    }
}
