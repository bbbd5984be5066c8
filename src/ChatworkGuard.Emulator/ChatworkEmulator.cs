using ChatworkGuard.Emulator.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChatworkGuard.Emulator;

/// <summary>A running Chatwork API v2 emulator on Kestrel: start it, point a client at <see cref="BaseUrl"/>,
/// shape the world through <see cref="Control"/>, dispose it when done.</summary>
public sealed class ChatworkEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ChatworkEmulator(WebApplication app, Uri root)
    {
        _app = app;
        BaseUrl = new Uri(root, "v2");
        ControlUrl = new Uri(root, "_emulator");
        Control = app.Services.GetRequiredService<EmulatorControl>();
        var logger = app.Services.GetRequiredService<ILogger<ChatworkEmulator>>();
        if (logger.IsEnabled(LogLevel.Information))
        {
            Log.Listening(logger, BaseUrl, ControlUrl);
        }
    }

    /// <summary>The API base including "/v2", e.g. http://127.0.0.1:41234/v2; append "/rooms" etc.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The control API prefix, e.g. http://127.0.0.1:41234/_emulator.</summary>
    public Uri ControlUrl { get; }

    /// <summary>The in-process control facade over the same state the control HTTP API uses.</summary>
    public EmulatorControl Control { get; }

    /// <summary>Starts the emulator on <see cref="EmulatorOptions.Urls"/> (default: a free port on 127.0.0.1).</summary>
    /// <param name="options">Limits and switches; null for the documented defaults.</param>
    /// <param name="timeProvider">The clock for rate-limit windows, send_time, x-ratelimit-reset and URL expiry; null for the system clock.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<ChatworkEmulator> StartAsync(
        EmulatorOptions? options = null,
        TimeProvider? timeProvider = null,
        CancellationToken cancellationToken = default)
    {
        options = options?.Clone() ?? new EmulatorOptions();
        EmulatorOptionsValidator.Validate(options);
        var app = EmulatorApplication.Build(options, timeProvider ?? TimeProvider.System);
        try
        {
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new ChatworkEmulator(app, Reachable(address));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C or SIGTERM in the standalone app).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops Kestrel and the webhook sender.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    /// <summary>A wildcard listen address is not something a client can call; use loopback instead.</summary>
    private static Uri Reachable(string address)
    {
        var uri = new UriBuilder(address.Replace("://+:", "://127.0.0.1:", StringComparison.Ordinal).Replace("://*:", "://127.0.0.1:", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "127.0.0.1";
        }

        uri.Path = "/";
        return uri.Uri;
    }
}
