using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatworkGuard.Bot.WebConsole.Pages;

/// <summary>The login form. Failed logins are counted per user name and per address (<see cref="LoginThrottle"/>).</summary>
public sealed class LoginModel : ConsolePageModel
{
    /// <summary>Where to go after logging in (a console page only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The name typed, shown again after a failure.</summary>
    public string? Name { get; private set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Checks the name and password.</summary>
    public async Task<IActionResult> OnPostAsync(string? name, string? password)
    {
        var throttle = Service<LoginThrottle>();
        var logger = Service<ILogger<LoginModel>>();
        Name = name?.Trim() ?? "";
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(Name, address) is { } wait)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
            ConsoleLog.LoginThrottled(logger, Name, address, (int)wait.TotalSeconds);
            Error = string.Format(CultureInfo.InvariantCulture, T["login.limited"], minutes);
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
        }

        if (Service<ConsoleUsers>().Check(Name, password) is not { } user)
        {
            throttle.Failed(Name, address);
            ConsoleLog.LoginFailed(logger, Name, address);
            Error = T["login.wrong"];
            return new PageResult { StatusCode = StatusCodes.Status401Unauthorized };
        }

        throttle.Succeeded(Name);
        ConsoleLog.LoggedIn(logger, user, address);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user)], CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Redirect(IsConsolePath(ReturnUrl) ? ReturnUrl! : ConsolePaths.Root + "/");
    }

    // Only a path inside the console: never another host ("//evil", "/\evil") or another part of the bot.
    private static bool IsConsolePath(string? url) =>
        url is { Length: > 0 } && url.StartsWith(ConsolePaths.Root, StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal);
}
