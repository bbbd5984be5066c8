using System.Security.Cryptography;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

public sealed class WebhookDeliveryTests
{
    [Fact]
    public async Task MessageCreated_IsPostedWithASignatureThatVerifies()
    {
        await using var world = await TestWorld.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var webhook = world.Control.RegisterWebhook(world.Admin.AccountId, receiver.Url, WebhookEvents.MessageCreated, world.RoomId);

        using var post = await world.Api.PostAsync(world.Member.Token, world.Messages, ("body", "hello\n日本"));
        var messageId = (await EmulatorApi.JsonAsync(post)).GetProperty("message_id").GetString();
        var received = await receiver.NextAsync();

        var expected = Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(webhook.Token), received.Body));
        Assert.Equal(expected, received.HeaderSignature);
        Assert.Equal(expected, received.QuerySignature);
        Assert.EndsWith("%3d", received.RawQuery, StringComparison.Ordinal);
        Assert.Equal("application/json", received.Headers["content-type"]);
        Assert.Equal("ChatWork-Webhook/1.0.0", received.Headers["user-agent"]);
        var now = world.Clock.GetUtcNow().ToUnixTimeSeconds();
        Assert.Equal(
            $"{{\"webhook_setting_id\":\"{webhook.WebhookSettingId}\",\"webhook_event_type\":\"message_created\",\"webhook_event_time\":{now},"
            + $"\"webhook_event\":{{\"message_id\":\"{messageId}\",\"room_id\":{world.RoomId},\"account_id\":{world.Member.AccountId},"
            + $"\"body\":\"hello\\n\\u65e5\\u672c\",\"send_time\":{now},\"update_time\":0}}}}",
            received.Text);
        await world.Control.WaitForWebhookDeliveriesAsync();
        var delivery = Assert.Single(world.Control.WebhookDeliveries);
        Assert.True(delivery.Succeeded);
        Assert.Equal(200, delivery.StatusCode);
    }

    [Fact]
    public async Task MessageUpdated_FiresOnlyForSettingsThatAskForIt()
    {
        await using var world = await TestWorld.StartAsync();
        await using var createdOnly = await WebhookReceiver.StartAsync();
        await using var updatedOnly = await WebhookReceiver.StartAsync();
        world.Control.RegisterWebhook(world.Admin.AccountId, createdOnly.Url, WebhookEvents.MessageCreated, world.RoomId);
        world.Control.RegisterWebhook(world.Member.AccountId, updatedOnly.Url, WebhookEvents.MessageUpdated, world.RoomId);
        var id = world.Control.PostMessage(world.Member.AccountId, world.RoomId, "draft");
        // The delivery timeout runs on the fake clock: advancing it while "draft" is still in flight would
        // time that delivery out, so the clock moves only once it has been delivered.
        await world.Control.WaitForWebhookDeliveriesAsync();
        world.Clock.Advance(TimeSpan.FromSeconds(30));

        using var edit = await world.Api.PutAsync(world.Member.Token, $"{world.Messages}/{id}", ("body", "final"));
        var updated = (await updatedOnly.NextAsync()).Json;
        await world.Control.WaitForWebhookDeliveriesAsync();

        Assert.Equal("message_updated", updated.GetProperty("webhook_event_type").GetString());
        var e = updated.GetProperty("webhook_event");
        Assert.Equal("final", e.GetProperty("body").GetString());
        Assert.Equal(world.Clock.GetUtcNow().ToUnixTimeSeconds(), e.GetProperty("update_time").GetInt64());
        Assert.True(e.GetProperty("send_time").GetInt64() < e.GetProperty("update_time").GetInt64());
        Assert.Equal(["message_created"], createdOnly.Drain().Select(w => w.Json.GetProperty("webhook_event_type").GetString()));
        Assert.Empty(updatedOnly.Drain());
    }

    [Fact]
    public async Task MentionToMe_FiresForToAndReplyButNotInsideQuotesOrForTheAuthor()
    {
        await using var world = await TestWorld.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var webhook = world.Control.RegisterWebhook(world.Member.AccountId, receiver.Url, WebhookEvents.MentionToMe);
        var member = world.Member.AccountId;

        var to = world.Control.PostMessage(world.Admin.AccountId, world.RoomId, $"[To:{member}] Aiko Sato\nplease");
        world.Control.PostMessage(world.Admin.AccountId, world.RoomId, $"[qt][qtmeta aid=1][To:{member}] quoted[/qt] no mention");
        world.Control.PostMessage(member, world.RoomId, $"[To:{member}] note to self");
        var reply = world.Control.PostMessage(world.Admin.AccountId, world.RoomId, $"[rp aid={member} to={world.RoomId}-{to}] Aiko Sato\nthanks");
        await world.Control.WaitForWebhookDeliveriesAsync();

        var received = receiver.Drain();
        Assert.Equal([to, reply], received.Select(r => r.Json.GetProperty("webhook_event").GetProperty("message_id").GetString()));
        var first = received[0].Json;
        Assert.Equal("mention_to_me", first.GetProperty("webhook_event_type").GetString());
        Assert.Equal(webhook.WebhookSettingId, first.GetProperty("webhook_setting_id").GetString());
        var e = first.GetProperty("webhook_event");
        Assert.Equal(world.Admin.AccountId, e.GetProperty("from_account_id").GetInt64());
        Assert.Equal(member, e.GetProperty("to_account_id").GetInt64());
        Assert.Equal(world.RoomId, e.GetProperty("room_id").GetInt64());
        Assert.StartsWith("{\"webhook_setting_id\":", received[0].Text, StringComparison.Ordinal);
        Assert.Contains("\"webhook_event\":{\"from_account_id\":", received[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deletion_DeliversNothing()
    {
        await using var world = await TestWorld.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var id = world.Control.PostMessage(world.Member.AccountId, world.RoomId, "soon gone");
        world.Control.RegisterWebhook(world.Admin.AccountId, receiver.Url, WebhookEvents.MessageCreated | WebhookEvents.MessageUpdated, world.RoomId);

        using var delete = await world.Api.DeleteAsync(world.Member.Token, $"{world.Messages}/{id}");
        world.Control.PostMessage(world.Member.AccountId, world.RoomId, "marker");
        var next = await receiver.NextAsync();

        Assert.Equal("marker", next.Json.GetProperty("webhook_event").GetProperty("body").GetString());
    }

    [Fact]
    public async Task RepeatedFailures_DisableTheWebhookUntilReEnabled()
    {
        await using var world = await TestWorld.StartAsync(new EmulatorOptions { WebhookFailuresBeforeDisable = 2 });
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.StatusCode = 500;
        var webhook = world.Control.RegisterWebhook(world.Admin.AccountId, receiver.Url, WebhookEvents.MessageCreated, world.RoomId);

        world.Control.PostMessage(world.Member.AccountId, world.RoomId, "one");
        world.Control.PostMessage(world.Member.AccountId, world.RoomId, "two");
        await world.Control.WaitForWebhookDeliveriesAsync();
        var disabled = world.Control.GetWebhooks().Single();
        world.Control.PostMessage(world.Member.AccountId, world.RoomId, "three: not sent");
        await world.Control.WaitForWebhookDeliveriesAsync();
        receiver.StatusCode = 200;
        world.Control.EnableWebhook(webhook.WebhookSettingId);
        world.Control.PostMessage(world.Member.AccountId, world.RoomId, "four");
        await world.Control.WaitForWebhookDeliveriesAsync();

        Assert.False(disabled.Enabled);
        Assert.Equal(2, disabled.ConsecutiveFailures);
        var deliveries = world.Control.WebhookDeliveries;
        Assert.Equal([false, false, true], deliveries.Select(d => d.Succeeded));
        Assert.Equal("the receiver answered 500, not 200", deliveries[0].Error);
        Assert.Equal(["one", "two", "four"], receiver.Drain().Select(r => r.Json.GetProperty("webhook_event").GetProperty("body").GetString()));
        Assert.True(world.Control.GetWebhooks().Single().Enabled);
    }

    [Fact]
    public async Task ResponseBodyOver2048Bytes_CountsAsAFailureAndIsNotRetried()
    {
        await using var world = await TestWorld.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        world.Control.RegisterWebhook(world.Admin.AccountId, receiver.Url, WebhookEvents.MessageCreated, world.RoomId);

        receiver.ResponseBody = new string('x', 2049);
        world.Control.PostMessage(world.Member.AccountId, world.RoomId, "long answer");
        await world.Control.WaitForWebhookDeliveriesAsync();
        receiver.ResponseBody = new string('x', 2048);
        world.Control.PostMessage(world.Member.AccountId, world.RoomId, "longest allowed answer");
        await world.Control.WaitForWebhookDeliveriesAsync();

        var deliveries = world.Control.WebhookDeliveries;
        Assert.Equal([false, true], deliveries.Select(d => d.Succeeded));
        Assert.Equal("the response body is longer than 2048 bytes", deliveries[0].Error);
        Assert.Equal(2, receiver.Drain().Count);
    }

    [Fact]
    public async Task SlowReceiver_CountsAsAFailureAfterTheTimeout()
    {
        await using var world = await TestWorld.StartAsync(new EmulatorOptions { WebhookTimeout = TimeSpan.FromMilliseconds(500) });
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Delay = TimeSpan.FromMinutes(2);
        world.Control.RegisterWebhook(world.Admin.AccountId, receiver.Url, WebhookEvents.MessageCreated, world.RoomId);

        world.Control.PostMessage(world.Member.AccountId, world.RoomId, "slow answer");
        await receiver.NextAsync();
        world.Clock.Advance(TimeSpan.FromMilliseconds(500));
        await world.Control.WaitForWebhookDeliveriesAsync();

        var delivery = Assert.Single(world.Control.WebhookDeliveries);
        Assert.False(delivery.Succeeded);
        Assert.Null(delivery.StatusCode);
        Assert.StartsWith("no answer within", delivery.Error, StringComparison.Ordinal);
        Assert.Empty(receiver.Drain());
    }

    [Fact]
    public async Task RegisterWebhook_EnforcesFivePerAccountAndValidSettings()
    {
        await using var world = await TestWorld.StartAsync();
        var url = new Uri("http://127.0.0.1:9/hook");
        for (var i = 0; i < 5; i++)
        {
            world.Control.RegisterWebhook(world.Admin.AccountId, url, WebhookEvents.MessageCreated, world.RoomId);
        }

        var sixth = Assert.Throws<EmulatorControlException>(() => world.Control.RegisterWebhook(world.Admin.AccountId, url, WebhookEvents.MentionToMe));
        var mixed = Assert.Throws<EmulatorControlException>(() =>
            world.Control.RegisterWebhook(world.Member.AccountId, url, WebhookEvents.MessageCreated | WebhookEvents.MentionToMe, world.RoomId));
        var noRoom = Assert.Throws<EmulatorControlException>(() => world.Control.RegisterWebhook(world.Member.AccountId, url, WebhookEvents.MessageCreated));
        var ftp = Assert.Throws<EmulatorControlException>(() => world.Control.RegisterWebhook(world.Member.AccountId, new Uri("ftp://x/y"), WebhookEvents.MentionToMe));

        Assert.Contains("already has 5 webhooks", sixth.Message, StringComparison.Ordinal);
        Assert.Contains("either a room event", mixed.Message, StringComparison.Ordinal);
        Assert.Contains("needs a room id", noRoom.Message, StringComparison.Ordinal);
        Assert.Contains("absolute http:// or https://", ftp.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task RequireHttpsWebhookUrls_DecidesWhetherHttpIsAccepted(bool requireHttps, bool httpAccepted)
    {
        await using var world = await TestWorld.StartAsync(new EmulatorOptions { RequireHttpsWebhookUrls = requireHttps });

        var https = world.Control.RegisterWebhook(world.Admin.AccountId, new Uri("https://example.invalid/hook"), WebhookEvents.MentionToMe);
        var http = Record.Exception(() => world.Control.RegisterWebhook(world.Admin.AccountId, new Uri("http://127.0.0.1:9/hook"), WebhookEvents.MentionToMe));

        Assert.True(https.Enabled);
        Assert.Equal(httpAccepted, http is null);
        if (!httpAccepted)
        {
            Assert.Contains("must start with https://", Assert.IsType<EmulatorControlException>(http).Message, StringComparison.Ordinal);
        }
    }
}
