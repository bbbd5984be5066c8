using System.Net;
using System.Text;
using ChatworkGuard.Bot.Hosting;
using ChatworkGuard.Bot.Management;
using ChatworkGuard.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>The operator's endpoints answer on Management:Urls only; the public webhook address knows nothing of them.</summary>
public sealed class ManagementListenerTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/metrics")]
    public async Task ManagementEndpointAnswersOnTheManagementPortAndIs404OnThePublicPort(string path)
    {
        await using var world = await BotHarness.StartAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);

        using var management = await Http.GetAsync(new Uri(world.ManagementUrl, path));
        using var exposed = await Http.GetAsync(new Uri(world.BotUrl, path));

        Assert.NotEqual(world.BotUrl.Port, world.ManagementUrl.Port);
        Assert.Equal(HttpStatusCode.OK, management.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, exposed.StatusCode);
        Assert.Empty(await exposed.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AHostHeaderNamingTheManagementPortDoesNotOpenItOnThePublicPort()
    {
        await using var world = await BotHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(world.BotUrl, "/metrics"));
        request.Headers.Host = world.ManagementUrl.Authority;

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheWebhookIs404OnTheManagementPort()
    {
        await using var world = await BotHarness.StartAsync();
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");

        using var onManagement = await Http.PostAsync(new Uri(world.ManagementUrl, "/webhooks/chatwork"), content);
        using var onPublic = await Http.PostAsync(new Uri(world.BotUrl, "/webhooks/chatwork"), content);

        Assert.Equal(HttpStatusCode.NotFound, onManagement.StatusCode);
        // Unsigned: the public listener does have the endpoint, and refuses the request.
        Assert.Equal(HttpStatusCode.Unauthorized, onPublic.StatusCode);
    }

    [Fact]
    public async Task EndpointsAddedThroughTheExtensionPointAnswerOnTheManagementPortOnly()
    {
        await using var world = await BotHarness.StartAsync();
        await world.StopBotAsync();
        await using var app = BotHost.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(world.Settings);
            builder.Services.AddManagementEndpoints<PingEndpoints>();
        });
        await app.StartAsync();
        var listeners = app.Services.GetRequiredService<KestrelListeners>();

        var onManagement = await Http.GetStringAsync(new Uri(listeners.ManagementUrls[0], "/ping"));
        using var onPublic = await Http.GetAsync(new Uri(listeners.PublicUrls[0], "/ping"));
        await app.StopAsync();

        Assert.Equal("pong", onManagement);
        Assert.Equal(HttpStatusCode.NotFound, onPublic.StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080", "http://127.0.0.1:8080", "port 8080")]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080", "port 8080")]
    [InlineData("http://127.0.0.1:8080", "ftp://127.0.0.1:9090", "scheme must be http or https")]
    [InlineData("http://127.0.0.1:8080", "", "Management:Urls lists no address")]
    public void OverlappingOrUnusableAddressesAreRefusedNamingTheKey(string publicUrls, string managementUrls, string expected)
    {
        // An empty Management:Urls falls back to the default; ";" alone lists nothing.
        var addresses = new ListenAddresses(publicUrls, managementUrls.Length == 0 ? ";" : managementUrls);

        var problems = addresses.Problems();

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void DistinctPortsAreAccepted() =>
        Assert.Empty(new ListenAddresses("http://0.0.0.0:8080", "http://127.0.0.1:9090").Problems());

    private sealed class PingEndpoints : IManagementEndpoints
    {
        public void Map(IEndpointRouteBuilder management) => management.MapGet("/ping", () => Results.Text("pong"));
    }
}
