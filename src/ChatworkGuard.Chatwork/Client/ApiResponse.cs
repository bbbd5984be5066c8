namespace ChatworkGuard.Chatwork.Client;

/// <summary>A complete HTTP answer from the API: status, body bytes and rate-limit headers.</summary>
internal sealed record ApiResponse(HttpStatusCode StatusCode, ReadOnlyMemory<byte> Body, RateLimitHeaders RateLimit)
{
    private byte[]? _pooled;

    /// <summary>An answer whose body is the first <paramref name="length"/> bytes of <paramref name="rented"/>, an array
    /// from <see cref="ArrayPool{T}.Shared"/> that <see cref="ReleaseBody"/> gives back.</summary>
    public static ApiResponse WithPooledBody(HttpStatusCode statusCode, byte[] rented, int length, RateLimitHeaders rateLimit) =>
        new(statusCode, rented.AsMemory(0, length), rateLimit) { _pooled = rented };

    /// <summary>Gives a pooled body back (cleared, so no message text stays in the pool); <see cref="Body"/> must not be
    /// read afterwards. An answer never released is simply collected.</summary>
    public void ReleaseBody()
    {
        if (Interlocked.Exchange(ref _pooled, null) is { } rented)
        {
            ArrayPool<byte>.Shared.Return(rented, clearArray: true);
        }
    }

    public bool IsSuccess => (int)StatusCode is >= 200 and < 300;

    public bool IsServerError => (int)StatusCode >= 500;

    public bool IsRateLimited => StatusCode == HttpStatusCode.TooManyRequests;

    /// <summary>The texts of an error body's <c>errors</c> array; empty when the body is not that shape.</summary>
    public IReadOnlyList<string> ReadErrors()
    {
        if (Body.Length == 0)
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize(Body.Span, ChatworkJsonContext.Default.ErrorResponse)?.Errors ?? [];
        }
        catch (JsonException)
        {
            // An HTML error page from a proxy is still an error; its text is not worth keeping.
            return [];
        }
    }

    /// <summary>True for the per-room posting limit's 429, which resets after ~10 s rather than at x-ratelimit-reset.</summary>
    public bool IsRoomPostingLimit() =>
        IsRateLimited && ReadErrors().Any(e => e.Contains("per room", StringComparison.OrdinalIgnoreCase));
}
