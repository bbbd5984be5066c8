using ChatworkGuard.Bot.WebConsole;
using ChatworkGuard.Bot.Webhooks;

namespace ChatworkGuard.Bot.Hosting;

/// <summary>Builds the bot's web host: configuration sources, services and endpoints.</summary>
public static class BotHost
{
    /// <summary>The environment-variable prefix the bot reads besides the unprefixed form.</summary>
    public const string EnvironmentPrefix = "CHATWORKGUARD_";

    /// <summary>
    /// Builds the host from appsettings.json, the environment and <paramref name="args"/>; <paramref name="configure"/>
    /// may add configuration or replace services before the host is built (the demo and tests use it).
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = ResolveContentRoot(),
        });
        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        builder.Configuration.AddCommandLine(args);
        configure?.Invoke(builder);
        builder.AddListeners();
        builder.Services.AddChatworkGuard(builder.Configuration);

        var app = builder.Build();
        app.UseRouting();
        app.MapManagement();
        app.UseLeadConsole();
        app.MapChatworkWebhook();
        return app;
    }

    // appsettings.json sits at the repository root (and beside the binary once built): prefer the
    // working directory so `dotnet run` from the root picks up the team lead's edits at once.
    private static string ResolveContentRoot()
    {
        var cwd = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(cwd, "appsettings.json")) ? cwd : AppContext.BaseDirectory;
    }
}
