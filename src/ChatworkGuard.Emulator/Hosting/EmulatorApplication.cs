using ChatworkGuard.Emulator.Control;
using ChatworkGuard.Emulator.Webhooks;

namespace ChatworkGuard.Emulator.Hosting;

/// <summary>Composes the emulator's web application. It starts from an empty builder on purpose: no
/// appsettings.json, no environment variables, so a test's or the bot's configuration can never leak in.</summary>
internal static class EmulatorApplication
{
    public static WebApplication Build(EmulatorOptions options, TimeProvider timeProvider)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(EmulatorApplication).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseUrls(options.Urls ?? "http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging(logging =>
        {
            if (options.ConsoleLogging)
            {
                logging.AddSimpleConsole(console => console.SingleLine = true);
                logging.SetMinimumLevel(LogLevel.Information);
                logging.AddFilter("Microsoft", LogLevel.Warning);
            }
        });

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(timeProvider);
        services.AddSingleton<RequestLog>(_ => new RequestLog(options.RequestLogCapacity));
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<TokenRateLimiter>();
        services.AddSingleton<WebhookRegistry>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddSingleton(sp => new EmulatorState(options, timeProvider, sp.GetRequiredService<WebhookDispatcher>()));
        services.AddSingleton<DownloadSigner>();
        services.AddSingleton<ChatworkApi>();
        services.AddSingleton(sp => new EmulatorControl(
            sp.GetRequiredService<EmulatorState>(),
            sp.GetRequiredService<WebhookRegistry>(),
            sp.GetRequiredService<WebhookDispatcher>(),
            sp.GetRequiredService<RequestLog>(),
            sp.GetRequiredService<FaultInjector>(),
            sp.GetRequiredService<TokenRateLimiter>()));
        services.AddSingleton<ControlApi>();

        var app = builder.Build();
        app.UseControlAccess(options);
        app.UseMiddleware<ApiMiddleware>();
        app.Services.GetRequiredService<ChatworkApi>().Map(app);
        app.Services.GetRequiredService<ControlApi>().Map(app);
        return app;
    }
}
