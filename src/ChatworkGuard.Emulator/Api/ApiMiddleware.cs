namespace ChatworkGuard.Emulator.Api;

/// <summary>Everything every /v2 call goes through, in order: fault injection, the per-token rate limit (its
/// headers on every response), the token check, the endpoint, error bodies, and the request log.</summary>
internal sealed class ApiMiddleware(
    RequestDelegate next,
    EmulatorState state,
    TokenRateLimiter rateLimiter,
    FaultInjector faults,
    RequestLog requestLog)
{
    public const string TokenHeader = "X-ChatWorkToken";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(ChatworkApi.Prefix, StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var arrived = state.Time.GetUtcNow();
        var token = context.Request.Headers[TokenHeader].ToString();
        var entry = new PendingLogEntry(requestLog, context, arrived, token);

        // Logged as the response starts, before a client can see any of it (the body has a Content-Length, so a
        // client may finish reading before this middleware returns): a test that reads the log after its call
        // finds the call there.
        context.Response.OnStarting(static pending => ((PendingLogEntry)pending).WriteOnce(), entry);
        var fault = faults.Next(HttpMethods.IsPost(context.Request.Method));
        if (fault.Latency > TimeSpan.Zero)
        {
            await Task.Delay(fault.Latency, state.Time, context.RequestAborted);
        }

        if (fault.StatusCode != 0)
        {
            var current = rateLimiter.Peek(token);
            SetRateLimitHeaders(context, fault.StatusCode == 429 ? current with { Remaining = 0 } : current);
            await ApiResponses.WriteErrorAsync(context, fault.StatusCode, fault.StatusCode == 429 ? ApiErrors.RateLimit : ApiErrors.ServerError);
        }
        else
        {
            entry.Aborted = fault.CloseConnection || fault.Hold;
            await HandleAsync(context, token, fault.CloseConnection || fault.Hold, cutHalfway: !fault.Hold);
        }

        // A response that never started (cut off before a byte, or a 204 not yet flushed) is logged here; the
        // connection is cut only after logging, so a client that sees the failure finds the entry.
        await entry.WriteOnce();
        if (fault.Hold)
        {
            // Applied and logged; the answer never comes, and the client waits until it gives up or dies.
            faults.MarkHeld();
            await HoldUntilClientLeavesAsync(context.RequestAborted);
        }

        if (entry.Aborted)
        {
            context.Abort();
        }
    }

    private async Task HandleAsync(HttpContext context, string token, bool withhold, bool cutHalfway)
    {
        var rate = rateLimiter.Acquire(token);
        SetRateLimitHeaders(context, rate);
        if (!rate.Allowed)
        {
            await ApiResponses.WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, ApiErrors.RateLimit);
            return;
        }

        var caller = state.Accounts.Authenticate(token);
        if (caller is null)
        {
            await ApiResponses.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, ApiErrors.InvalidToken);
            return;
        }

        context.Features.Set(caller);
        var original = context.Response.Body;
        using var held = withhold ? new MemoryStream() : null;
        if (held is not null)
        {
            context.Response.Body = held;
        }

        try
        {
            await next(context);
        }
        catch (ApiException exception) when (!context.Response.HasStarted)
        {
            await ApiResponses.WriteErrorAsync(context, exception.StatusCode, exception.Message);
        }
        catch (Exception exception) when (exception is BadHttpRequestException or InvalidDataException && !context.Response.HasStarted)
        {
            await ApiResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, exception.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && !context.Response.HasStarted)
        {
            // An emulator bug: say what broke instead of an empty 500, so the failing test explains itself.
            await ApiResponses.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, $"Emulator error: {exception.GetType().Name}: {exception.Message}");
        }

        // Routing's own answers (405 for a known path with another method, 404 for a path no route or fallback
        // takes) become Chatwork's answer for both.
        if (context.Response.StatusCode is StatusCodes.Status405MethodNotAllowed or StatusCodes.Status404NotFound
            && context.GetEndpoint() is null or { DisplayName: "405 HTTP Method Not Supported" }
            && !context.Response.HasStarted)
        {
            context.Response.Headers.Allow = default;
            await ApiResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, ApiErrors.InvalidEndpoint);
        }

        if (held is null)
        {
            return;
        }

        // The request has been applied. A withheld answer goes nowhere; a cut one reaches the client halfway, as when
        // a connection drops (either way the caller aborts the connection after logging).
        context.Response.Body = original;
        if (cutHalfway && held.Length > 1)
        {
            await original.WriteAsync(held.GetBuffer().AsMemory(0, (int)(held.Length / 2)), context.RequestAborted);
            await original.FlushAsync(context.RequestAborted);
        }
    }

    private static async Task HoldUntilClientLeavesAsync(CancellationToken clientGone)
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, clientGone);
        }
        catch (OperationCanceledException)
        {
            // The client went away: what the hold was waiting for.
        }
    }

    /// <summary>One request's log entry, written exactly once: when the response starts or when the pipeline ends.</summary>
    private sealed class PendingLogEntry(RequestLog log, HttpContext context, DateTimeOffset arrived, string token)
    {
        private int _written;

        public bool Aborted { get; set; }

        public Task WriteOnce()
        {
            if (Interlocked.Exchange(ref _written, 1) == 0)
            {
                var request = context.Request;
                log.Add(new RequestLogEntry(
                    arrived, RequestLogEntry.HashToken(token), request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "", context.Response.StatusCode, Aborted));
            }

            return Task.CompletedTask;
        }
    }

    private static void SetRateLimitHeaders(HttpContext context, RateLimitState rate)
    {
        var headers = context.Response.Headers;
        headers["x-ratelimit-limit"] = rate.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["x-ratelimit-remaining"] = rate.Remaining.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["x-ratelimit-reset"] = rate.ResetUnixSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
