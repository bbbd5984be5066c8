namespace ChatworkGuard.Emulator.Control;

/// <summary>Webhooks, the request log, faults, the rate limit, options and file downloads.</summary>
internal sealed partial class ControlApi
{
    private async Task RegisterWebhookAsync(HttpContext context)
    {
        var request = await ReadAsync(context, ControlJsonContext.Default.RegisterWebhookRequest);
        if (!Uri.TryCreate(Required(request.Url, "url"), UriKind.Absolute, out var url))
        {
            throw new EmulatorControlException($"'{request.Url}' is not an absolute URL.");
        }

        var webhook = control.RegisterWebhook(request.AccountId, url, WebhookEventNames.Parse(request.Events ?? []), request.RoomId, request.Name);
        await WriteAsync(context, WebhookResponse.From(webhook), ControlJsonContext.Default.WebhookResponse, StatusCodes.Status201Created);
    }

    private Task WebhooksAsync(HttpContext context) =>
        WriteAsync(context, control.GetWebhooks().Select(WebhookResponse.From).ToList(), ControlJsonContext.Default.ListWebhookResponse);

    private Task DeliveriesAsync(HttpContext context) =>
        WriteAsync(context, control.WebhookDeliveries, ControlJsonContext.Default.IReadOnlyListWebhookDeliveryRecord);

    private Task EnableWebhookAsync(HttpContext context)
    {
        control.EnableWebhook(RouteText(context, "webhookId"));
        return NoContentAsync(context);
    }

    private Task RemoveWebhookAsync(HttpContext context)
    {
        control.RemoveWebhook(RouteText(context, "webhookId"));
        return NoContentAsync(context);
    }

    /// <summary>The request log, optionally only one token's requests (<c>?token=</c>, matched by its hash prefix).</summary>
    private Task RequestsAsync(HttpContext context)
    {
        var token = context.Request.Query["token"].ToString();
        IReadOnlyList<RequestLogEntry> entries = token.Length == 0
            ? control.RequestLog
            : [.. control.RequestLog.Where(e => e.IsFrom(token))];
        return WriteAsync(context, entries, ControlJsonContext.Default.IReadOnlyListRequestLogEntry);
    }

    private Task ClearRequestsAsync(HttpContext context)
    {
        control.ClearRequestLog();
        return NoContentAsync(context);
    }

    private Task FaultsAsync(HttpContext context) => control.Faults is { } faults
        ? WriteAsync(context, FaultsRequest.From(faults), ControlJsonContext.Default.FaultsRequest)
        : NoContentAsync(context);

    private async Task SetFaultsAsync(HttpContext context)
    {
        var request = await ReadAsync(context, ControlJsonContext.Default.FaultsRequest);
        control.SetFaults(request.ToOptions());
        await NoContentAsync(context);
    }

    private Task ClearFaultsAsync(HttpContext context)
    {
        control.ClearFaults();
        return NoContentAsync(context);
    }

    private Task RateLimitAsync(HttpContext context) =>
        WriteAsync(context, RateLimitRequest.From(control.RateLimit), ControlJsonContext.Default.RateLimitRequest);

    private async Task SetRateLimitAsync(HttpContext context)
    {
        var request = await ReadAsync(context, ControlJsonContext.Default.RateLimitRequest);
        control.SetRateLimit(request.ToSettings());
        await NoContentAsync(context);
    }

    private Task OptionsAsync(HttpContext context) =>
        WriteAsync(context, control.Options, ControlJsonContext.Default.EmulatorOptions);

    /// <summary>Serves a file behind a download_url while its signature is valid and unexpired.</summary>
    private async Task DownloadAsync(HttpContext context)
    {
        var roomId = context.RouteId("roomId");
        var fileId = context.RouteId("fileId");
        var valid = long.TryParse(context.Request.Query["Expires"], System.Globalization.CultureInfo.InvariantCulture, out var expires)
            && downloads.IsValid(roomId, fileId, expires, context.Request.Query["Signature"]);
        var file = valid ? state.Files.Find(roomId, fileId) : null;
        control.RecordDownload(new DownloadLogEntry(roomId, fileId, file is null ? StatusCodes.Status403Forbidden : file.Served?.Status ?? StatusCodes.Status200OK,
            context.Request.Headers.ContainsKey("X-ChatWorkToken")));
        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("Access denied: the download URL is invalid or expired.", context.RequestAborted);
            return;
        }

        var served = file.Served;
        var content = served?.Content ?? file.Content;
        context.Response.StatusCode = served?.Status ?? StatusCodes.Status200OK;
        context.Response.ContentType = served?.ContentType ?? "application/octet-stream";
        context.Response.ContentLength = content.Length;
        context.Response.Headers.ContentDisposition = "attachment; filename*=UTF-8''" + Uri.EscapeDataString(file.FileName);
        await context.Response.Body.WriteAsync(content, context.RequestAborted);
    }
}
