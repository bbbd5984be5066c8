using Microsoft.AspNetCore.Http.Features;

namespace ChatworkGuard.Bot.Webhooks;

/// <summary>
/// POST /webhooks/chatwork: verifies Chatwork's signature over the raw body (header or the query copy) while the body
/// streams into pooled buffers, queues the event and answers 200 at once with a tiny body (Chatwork counts a body over
/// 2 KB as a failure and disables webhooks that fail too often). Bodies are never logged: they hold the room's messages.
/// Refusals are counted (a metric, and one log summary a minute by <see cref="WebhookRefusalReporter"/>), not logged one
/// by one: a stranger's flood must not flood the log.
/// </summary>
internal static partial class WebhookEndpoint
{
    /// <summary>The path Chatwork posts to.</summary>
    public const string Path = "/webhooks/chatwork";

    public static IEndpointRouteBuilder MapChatworkWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, IOptionsMonitor<WebhooksOptions> options, WebhookQueue queue, WebhookRefusals refusals, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(WebhookEndpoint).FullName!);
        var settings = options.CurrentValue;
        if (settings.Tokens.Count == 0)
        {
            refusals.Refused(WebhookRefusal.Disabled);
            return Results.Text("webhooks are not enabled", statusCode: StatusCodes.Status404NotFound);
        }

        if (context.Request.ContentLength > settings.MaxBodyBytes)
        {
            refusals.Refused(WebhookRefusal.TooLarge);
            return Results.Text("body too large", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        // A request without a signature that could match is refused before a byte of its body is read.
        var header = context.Request.Headers[WebhookSignatureVerifier.HeaderName].ToString();
        var query = context.Request.Query[WebhookSignatureVerifier.QueryParameterName].ToString();
        if (!WebhookSignatureVerifier.TryBeginRequest(settings.Tokens, NullIfEmpty(header), NullIfEmpty(query), out var hasher))
        {
            refusals.Refused(WebhookRefusal.Forged);
            return Results.Text("invalid signature", statusCode: StatusCodes.Status401Unauthorized);
        }

        using (hasher)
        using (var body = new PooledBody())
        {
            if (!await ReadBodyAsync(context, settings.MaxBodyBytes, body, hasher!))
            {
                refusals.Refused(WebhookRefusal.TooLarge);
                return Results.Text("body too large", statusCode: StatusCodes.Status413PayloadTooLarge);
            }

            if (!hasher!.Verify())
            {
                refusals.Refused(WebhookRefusal.Forged);
                return Results.Text("invalid signature", statusCode: StatusCodes.Status401Unauthorized);
            }

            return Accept(body, queue, refusals, logger);
        }
    }

    private static IResult Accept(PooledBody body, WebhookQueue queue, WebhookRefusals refusals, ILogger logger)
    {
        WebhookPayload payload;
        try
        {
            payload = body.Read(WebhookPayload.Parse);
        }
        catch (Exception error) when (error is JsonException or FormatException or InvalidDataException or ArgumentException)
        {
            refusals.Refused(WebhookRefusal.Malformed);
            Log.Malformed(logger, body.Length, error.GetType().Name);
            return Results.Text("malformed webhook", statusCode: StatusCodes.Status400BadRequest);
        }

        // Parsing tolerates unknown and missing fields; an event without its room and message, or with a value out
        // of range, is refused before it can reach the archive.
        var outOfRange = payload is null ? "no payload" : WebhookEventRanges.Check(payload.WebhookEvent);
        if (payload is null || outOfRange is not null)
        {
            refusals.Refused(WebhookRefusal.Malformed);
            Log.Malformed(logger, body.Length, outOfRange ?? "no payload");
            return Results.Text("malformed webhook", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!queue.TryEnqueue(payload, body.Length))
        {
            refusals.Refused(WebhookRefusal.QueueFull);
        }

        return Results.Text("ok");
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    // Streams the body into pooled chunks and the signature's HMACs at once; false as soon as it passes maxBytes
    // (a chunked body is refused without being read whole).
    private static async Task<bool> ReadBodyAsync(HttpContext context, int maxBytes, PooledBody body, WebhookSignatureHasher hasher)
    {
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = maxBytes + 1L;
        }

        try
        {
            while (true)
            {
                var chunk = PooledBody.RentChunk();
                var read = await context.Request.Body.ReadAsync(chunk.AsMemory(0, PooledBody.ChunkSize), context.RequestAborted);
                body.Commit(chunk, read);
                if (read == 0)
                {
                    return true;
                }

                if (body.Length > maxBytes)
                {
                    return false;
                }

                hasher.Append(chunk.AsSpan(0, read));
            }
        }
        catch (BadHttpRequestException)
        {
            return false;
        }
    }

    private static partial class Log
    {
        // Only signed requests reach this: Chatwork's (or a token holder's), not a stranger's flood, so each is worth a line.
        [LoggerMessage(EventId = 1402, Level = LogLevel.Warning, Message = "Webhook refused: signed but malformed ({Length} bytes, {Error})")]
        public static partial void Malformed(ILogger logger, int length, string error);
    }
}
