namespace ChatworkGuard.Bot.WebConsole;

/// <summary>
/// The console's security headers: a strict Content-Security-Policy (scripts and styles only from the console's own
/// files, nothing from anywhere else, no inline script or style, no framing), no sniffing, no referrer, and no caching of
/// pages that show the archive. Also picks the page language (<see cref="ConsoleText"/>).
/// </summary>
internal sealed class ConsoleResponseHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private readonly RequestDelegate _next;

    public ConsoleResponseHeaders(RequestDelegate next) => _next = next;

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ConsolePaths.IsConsole(context.Request.Path))
        {
            return _next(context);
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (!context.Request.Path.StartsWithSegments(ConsolePaths.Assets, StringComparison.OrdinalIgnoreCase))
        {
            // What antiforgery sets on a page with a form; the same everywhere, so it need not override it.
            headers.CacheControl = "no-cache, no-store";
            headers.Pragma = "no-cache";
        }

        ConsoleText.Select(context);
        return _next(context);
    }
}
