using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatworkGuard.Bot.WebConsole;

/// <summary>What every console page has: its words in the chosen language and the bot's services.</summary>
/// <remarks>Pages are public (Razor requires it) while the bot's services are internal, so they are resolved from the
/// request's services rather than taken as constructor parameters.</remarks>
public abstract class ConsolePageModel : PageModel
{
    internal ConsoleText T => ConsoleText.For(HttpContext);

    internal TService Service<TService>()
        where TService : notnull => HttpContext.RequestServices.GetRequiredService<TService>();
}
