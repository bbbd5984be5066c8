using System.Collections.Concurrent;
using System.Net;
using ChatworkGuard.Chatwork;
using ChatworkGuard.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.IntegrationTests.Chatwork;

/// <summary>
/// A redirect would carry X-ChatWorkToken to whatever host it names. The client follows none: the 3xx is an error answer,
/// and the host it points at never hears from the bot.
/// </summary>
public sealed class ChatworkRedirectTests
{
    [Theory]
    [InlineData(StatusCodes.Status301MovedPermanently)]
    [InlineData(StatusCodes.Status302Found)]
    [InlineData(StatusCodes.Status307TemporaryRedirect)]
    public async Task ARedirectIsAnErrorAndTheTokenNeverReachesTheTargetHost(int status)
    {
        var seenByRedirector = new ConcurrentQueue<string>();
        await using var redirector = await StartRedirectorAsync(status, seenByRedirector, target: null);
        await using var world = await ChatworkWorld.StartAsync(client: o =>
        {
            o.BaseUrl = new Uri(redirector.Url, "v2");
            o.MaxRetryAttempts = 0;
        });
        redirector.Target = world.Emulator.BaseUrl;

        var error = await Assert.ThrowsAsync<ChatworkApiException>(() => world.Client.GetMeAsync(CancellationToken.None));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Single(seenByRedirector);
        // The emulator (the redirect's target) got no request carrying the bot's token.
        Assert.Empty(world.BotRequests);
    }

    private static async Task<Redirector> StartRedirectorAsync(int status, ConcurrentQueue<string> seen, Uri? target)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var redirector = new Redirector(app) { Target = target };
        app.Run(context =>
        {
            seen.Enqueue(context.Request.Path.Value ?? "");
            context.Response.StatusCode = status;
            context.Response.Headers.Location = new Uri(redirector.Target!, "v2" + context.Request.Path.Value![3..]).ToString();
            return Task.CompletedTask;
        });
        await app.StartAsync();
        redirector.Url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return redirector;
    }

    private sealed class Redirector(WebApplication app) : IAsyncDisposable
    {
        public Uri Url { get; set; } = null!;

        public Uri? Target { get; set; }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
