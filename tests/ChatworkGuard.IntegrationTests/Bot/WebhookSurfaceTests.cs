using System.Net;
using System.Net.Sockets;
using System.Text;
using ChatworkGuard.IntegrationTests.Support;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>What a stranger can make the webhook endpoint spend before it knows the request is Chatwork's.</summary>
public sealed class WebhookSurfaceTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    // Sends the request line and headers only, then reads what the server answers (or that it closed the connection).
    private static async Task<string> SendHeadersOnlyAsync(Uri url, string headers)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(url.Host, url.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(headers));
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer, guard.Token);
        return Encoding.ASCII.GetString(buffer, 0, read);
    }

    [Fact]
    public async Task AnUnsignedRequestIsRefusedBeforeItsBodyIsRead()
    {
        await using var world = await BotHarness.StartAsync();

        // 200 KiB announced, not one byte sent: the answer comes without waiting for the body.
        var answer = await SendHeadersOnlyAsync(world.BotUrl,
            $"POST /webhooks/chatwork HTTP/1.1\r\nHost: {world.BotUrl.Authority}\r\nContent-Type: application/json\r\nContent-Length: 204800\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 401", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestWithAMalformedSignatureIsRefusedBeforeItsBodyIsRead()
    {
        await using var world = await BotHarness.StartAsync();

        var answer = await SendHeadersOnlyAsync(world.BotUrl,
            $"POST /webhooks/chatwork HTTP/1.1\r\nHost: {world.BotUrl.Authority}\r\nx-chatworkwebhooksignature: not-a-signature\r\nContent-Length: 204800\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 401", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusalsAreCountedInTheMetricByReason()
    {
        await using var world = await BotHarness.StartAsync();
        for (var i = 0; i < 25; i++)
        {
            using var content = new StringContent("{}", Encoding.UTF8, "application/json");
            content.Headers.Add("x-chatworkwebhooksignature", Convert.ToBase64String(new byte[32]));
            using var forged = await Http.PostAsync(new Uri(world.BotUrl, "/webhooks/chatwork"), content);
            Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        }

        var scrape = await Http.GetStringAsync(new Uri(world.ManagementUrl, "/metrics"));

        Assert.Contains("chatworkguard_webhooks_refused_total{reason=\"forged\"} 25", scrape, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KestrelRunsWithTheConfiguredConnectionLimits()
    {
        await using var world = await BotHarness.StartAsync(settings: s =>
        {
            s["Server:MaxConnections"] = "50";
            s["Server:RequestHeadersTimeout"] = "00:00:02";
            s["Server:MinRequestBodyBytesPerSecond"] = "2048";
        });

        var limits = world.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Equal(50, limits.MaxConcurrentConnections);
        Assert.Equal(TimeSpan.FromSeconds(2), limits.RequestHeadersTimeout);
        Assert.Equal(2048, limits.MinRequestBodyDataRate!.BytesPerSecond);
    }

    [Fact]
    public async Task AClientThatNeverFinishesItsHeadersIsCutOff()
    {
        await using var world = await BotHarness.StartAsync(settings: s => s["Server:RequestHeadersTimeout"] = "00:00:01");

        // Headers never finished: Kestrel answers 408 (or closes) once the header timeout passes, instead of waiting forever.
        var answer = await SendHeadersOnlyAsync(world.BotUrl, $"POST /webhooks/chatwork HTTP/1.1\r\nHost: {world.BotUrl.Authority}\r\nX-Slow: ");

        Assert.True(answer.Length == 0 || answer.StartsWith("HTTP/1.1 408", StringComparison.Ordinal), answer);
    }
}
