namespace ChatworkGuard.Bot.Management;

/// <summary>
/// Keeps the two listeners apart after routing: a management endpoint reached through the public listener, or a public
/// endpoint (the webhook) reached through the management listener, answers 404 as if it did not exist.
/// </summary>
internal static class ListenerSeparation
{
    /// <summary>Adds the check; must come after <c>UseRouting</c> so the chosen endpoint is known.</summary>
    public static IApplicationBuilder UseListenerSeparation(this IApplicationBuilder app) => app.Use(SeparateAsync);

    private static Task SeparateAsync(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint() is not { } endpoint)
        {
            return next(context);
        }

        var onManagementListener = context.Features.Get<ManagementConnectionFeature>() is not null;
        var managementEndpoint = endpoint.Metadata.GetMetadata<ManagementEndpointMetadata>() is not null;
        if (onManagementListener == managementEndpoint)
        {
            return next(context);
        }

        context.SetEndpoint(null);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
