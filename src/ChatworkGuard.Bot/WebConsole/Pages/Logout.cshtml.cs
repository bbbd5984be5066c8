using Microsoft.AspNetCore.Authentication;

namespace ChatworkGuard.Bot.WebConsole.Pages;

/// <summary>Ends the login (POST only, with antiforgery).</summary>
public sealed class LogoutModel : ConsolePageModel
{
    /// <summary>Signs out and goes to the login page.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect(ConsolePaths.Login);
    }
}
