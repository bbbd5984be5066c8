using System.Text.Json;
using ChatworkGuard.Chatwork.Webhooks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Bot.Webhooks;

/// <summary>
/// POST /webhooks/chatwork: verifies Chatwork's signature over the raw body (header or the query copy),
/// queues the event and answers 200 at once with a tiny body (Chatwork counts a body over 2 KB as a failure
/// and disables webhooks that fail too often). Bodies are never logged: they hold the room's messages.
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

    private static async Task<IResult> HandleAsync(HttpContext context, IOptionsMonitor<WebhooksOptions> options, WebhookQueue queue, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(WebhookEndpoint).FullName!);
        var settings = options.CurrentValue;
        if (settings.Tokens.Count == 0)
        {
            Log.Disabled(logger);
            return Results.Text("webhooks are not enabled", statusCode: StatusCodes.Status404NotFound);
        }

        if (context.Request.ContentLength > settings.MaxBodyBytes)
        {
            Log.TooLarge(logger, context.Request.ContentLength.Value);
            return Results.Text("body too large", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadBodyAsync(context, settings.MaxBodyBytes);
        if (body is null)
        {
            Log.TooLarge(logger, -1);
            return Results.Text("body too large", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var header = context.Request.Headers[WebhookSignatureVerifier.HeaderName].ToString();
        var query = context.Request.Query[WebhookSignatureVerifier.QueryParameterName].ToString();
        if (!WebhookSignatureVerifier.VerifyRequest(body, settings.Tokens, NullIfEmpty(header), NullIfEmpty(query)))
        {
            Log.Forged(logger, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", body.Length);
            return Results.Text("invalid signature", statusCode: StatusCodes.Status401Unauthorized);
        }

        WebhookPayload payload;
        try
        {
            payload = WebhookPayload.Parse(body);
        }
        catch (Exception error) when (error is JsonException or FormatException or InvalidDataException or ArgumentException)
        {
            Log.Malformed(logger, body.Length, error.GetType().Name);
            return Results.Text("malformed webhook", statusCode: StatusCodes.Status400BadRequest);
        }

        // Parsing tolerates unknown and missing fields; an event without its room and message, or with a value out
        // of range, is refused before it can reach the archive.
        var outOfRange = payload is null ? "no payload" : WebhookEventRanges.Check(payload.WebhookEvent);
        if (payload is null || outOfRange is not null)
        {
            Log.Malformed(logger, body.Length, outOfRange ?? "no payload");
            return Results.Text("malformed webhook", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!queue.TryEnqueue(payload))
        {
            Log.QueueFull(logger, payload.WebhookEvent.RoomId);
        }

        return Results.Text("ok");
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    // Reads at most maxBytes + 1 so an oversized chunked body is refused without buffering it whole.
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context, int maxBytes)
    {
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = maxBytes + 1L;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException)
        {
            return null;
        }

        return buffer.ToArray();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1401, Level = LogLevel.Warning, Message = "Webhook refused: signature does not verify (from {Remote}, {Length} bytes)")]
        public static partial void Forged(ILogger logger, string remote, int length);

        [LoggerMessage(EventId = 1402, Level = LogLevel.Warning, Message = "Webhook refused: signed but malformed ({Length} bytes, {Error})")]
        public static partial void Malformed(ILogger logger, int length, string error);

        [LoggerMessage(EventId = 1403, Level = LogLevel.Warning, Message = "Webhook refused: body larger than Webhooks:MaxBodyBytes ({Length} bytes; -1 = chunked)")]
        public static partial void TooLarge(ILogger logger, long length);

        [LoggerMessage(EventId = 1404, Level = LogLevel.Warning, Message = "Webhook received but Webhooks:Tokens is empty; set it to accept webhooks")]
        public static partial void Disabled(ILogger logger);

        [LoggerMessage(EventId = 1405, Level = LogLevel.Warning, Message = "Webhook queue full; event for room {RoomId} dropped (the next poll archives it)")]
        public static partial void QueueFull(ILogger logger, long roomId);
    }
}
