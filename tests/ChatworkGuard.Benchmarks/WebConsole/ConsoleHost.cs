using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using ChatworkGuard.Bot.Hosting;
using ChatworkGuard.Bot.Management;
using ChatworkGuard.Bot.WebConsole.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.Benchmarks.WebConsole;

/// <summary>The real bot host with a console user, timing GET /console/ inside it (<see cref="ServerTimings"/>).</summary>
internal sealed partial class ConsoleHost : IAsyncDisposable
{
    private readonly long _startedAt;

    private ConsoleHost(WebApplication app, ServerTimings timings, long startedAt)
    {
        App = app;
        Timings = timings;
        _startedAt = startedAt;
    }

    public WebApplication App { get; }

    public ServerTimings Timings { get; }

    public static async Task<ConsoleHost> StartAsync(Dictionary<string, string?> settings)
    {
        var timings = new ServerTimings();
        var app = BotHost.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.AddSingleton<IStartupFilter>(timings);
        });
        var startedAt = Stopwatch.GetTimestamp();
        await app.StartAsync();
        return new ConsoleHost(app, timings, startedAt);
    }

    /// <summary>Waits for the start-up warm-up; the time from the host's start to its end.</summary>
    public async Task<double> WarmUpMillisecondsAsync()
    {
        await App.Services.GetRequiredService<ConsoleRoomListWarmup>().Completion;
        return Stopwatch.GetElapsedTime(_startedAt).TotalMilliseconds;
    }

    /// <summary>An HTTP client logged in to the console on the management listener.</summary>
    public async Task<HttpClient> LogInAsync(string password)
    {
        var management = App.Services.GetRequiredService<KestrelListeners>().ManagementUrls[0];
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = management };
        var form = await http.GetStringAsync(new Uri("/console/login", UriKind.Relative));
        var token = TokenPattern().Match(form).Groups[1].Value;
        using var login = await http.PostAsync(new Uri("/console/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "lead",
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        if (!login.RequestMessage!.RequestUri!.AbsolutePath.Equals("/console/", StringComparison.Ordinal))
        {
            http.Dispose();
            throw new InvalidOperationException($"The benchmark could not log in: {(int)login.StatusCode} at {login.RequestMessage.RequestUri}.");
        }

        return http;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
