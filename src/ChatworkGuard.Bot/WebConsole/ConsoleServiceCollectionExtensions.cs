using System.Runtime.CompilerServices;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.WebEncoders;

namespace ChatworkGuard.Bot.WebConsole;

/// <summary>The team lead's console: options always (so check-config validates them), pages only when a user is configured.</summary>
public static class ConsoleServiceCollectionExtensions
{
    /// <summary>The cookie that carries a console login.</summary>
    public const string CookieName = "cwg-console";

    /// <summary>Binds and validates <c>Console</c>; when it lists a user, adds the Razor Pages, cookie login and antiforgery
    /// of the console and maps it on the management listener.</summary>
    public static IServiceCollection AddLeadConsole(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSectionOptions<ConsoleOptions, ConsoleOptionsValidator>(ConsoleOptions.SectionName);
        var configured = new ConsoleOptions();
        configuration.GetSection(ConsoleOptions.SectionName).Bind(configured);
        return configured.Enabled ? AddConsolePages(services, configured) : services;
    }

    /// <summary>Authentication, authorization and the console's security headers; call after <c>MapManagement</c> so a
    /// console path on the public listener is already a 404. Does nothing when the console is off.</summary>
    public static WebApplication UseLeadConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetService<ConsoleMarker>() is null ? app : UseConsolePages(app);
    }

    // Kept out of AddLeadConsole and UseLeadConsole (and never inlined into them): compiling a method loads the assemblies
    // of every type it names, so with the console off MVC, Razor Pages, authentication and data protection stay unloaded,
    // about 2 MB of mapped framework files, measured in docs/sync.md.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IServiceCollection AddConsolePages(IServiceCollection services, ConsoleOptions configured)
    {
        services.AddSingleton<ConsoleMarker>();
        services.AddSingleton<ConsoleUsers>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<ConsoleRoomList>();
        services.AddSingleton<ConsoleRoomListWarmup>();
        services.AddHostedService(provider => provider.GetRequiredService<ConsoleRoomListWarmup>());
        services.AddSingleton<WarningLog>();
        services.AddSingleton<EscrowBoard>();
        services.AddSingleton<RoomExportDownload>();
        services.AddSingleton<ConsoleMetricsHistory>();
        services.AddHostedService(provider => provider.GetRequiredService<ConsoleMetricsHistory>());
        // Logins need not survive a restart: keys live in memory only, so none is written to disk unencrypted.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.Path = ConsolePaths.Root;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.LoginPath = ConsolePaths.Login;
            cookie.LogoutPath = ConsolePaths.Logout;
            cookie.AccessDeniedPath = ConsolePaths.Login;
            cookie.ExpireTimeSpan = configured.SessionLifetime;
            cookie.SlidingExpiration = true;
        });
        services.AddAuthorization();
        // Japanese text is written as characters, not &#x…; entities (the pages are UTF-8).
        services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = CookieName + "-af";
            antiforgery.Cookie.Path = ConsolePaths.Root;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/WebConsole/Pages";
            pages.Conventions.AuthorizeFolder("/");
            pages.Conventions.AllowAnonymousToPage("/Login");
        }).ConfigureApplicationPartManager(parts =>
        {
            // The pages are compiled into the bot's assembly; when another program hosts the bot (tests, the benchmark),
            // that is not the entry assembly MVC looks in by default.
            var bot = typeof(ConsoleEndpoints).Assembly;
            if (!parts.ApplicationParts.OfType<AssemblyPart>().Any(part => part.Assembly == bot))
            {
                // The factory gives the compiled Razor part too, not only the types.
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(bot).GetApplicationParts(bot))
                {
                    parts.ApplicationParts.Add(part);
                }
            }
        });
        services.AddManagementEndpoints<ConsoleEndpoints>();
        return services;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WebApplication UseConsolePages(WebApplication app)
    {
        app.UseMiddleware<ConsoleResponseHeaders>();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Registered only when the console is on.</summary>
    internal sealed class ConsoleMarker;
}
