using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.IntegrationTests.Emulator.Support;

/// <summary>A tiny Kestrel on 127.0.0.1:0 that records every webhook POST exactly as received.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedWebhook> _received = Channel.CreateUnbounded<ReceivedWebhook>();

    private WebhookReceiver(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    /// <summary>The status the receiver answers with. Default: 200.</summary>
    public int StatusCode { get; set; } = 200;

    /// <summary>The body the receiver answers with. Default: "ok".</summary>
    public string ResponseBody { get; set; } = "ok";

    /// <summary>How long the receiver waits before answering. Default: none.</summary>
    public TimeSpan Delay { get; set; }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", receiver.ReceiveAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address + "/hook");
        return receiver;
    }

    /// <summary>Waits (generously, for a loaded CI machine) for the next webhook.</summary>
    public async Task<ReceivedWebhook> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Whatever arrived so far without waiting.</summary>
    public List<ReceivedWebhook> Drain()
    {
        var items = new List<ReceivedWebhook>();
        while (_received.Reader.TryRead(out var item))
        {
            items.Add(item);
        }

        return items;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        _received.Writer.TryWrite(new ReceivedWebhook(
            buffer.ToArray(),
            context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
            context.Request.QueryString.Value ?? "",
            context.Request.Query["chatwork_webhook_signature"].ToString()));
        if (Delay > TimeSpan.Zero)
        {
            // A slow server is the behaviour under test (the emulator's delivery timeout), so this delay is real.
            await Task.Delay(Delay, context.RequestAborted);
        }

        context.Response.StatusCode = StatusCode;
        await context.Response.WriteAsync(ResponseBody, context.RequestAborted);
    }
}
