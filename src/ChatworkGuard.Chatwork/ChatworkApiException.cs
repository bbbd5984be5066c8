namespace ChatworkGuard.Chatwork;

/// <summary>The Chatwork API answered with an error status; carries the status, the <c>errors</c> array and the rate-limit reset.</summary>
public sealed class ChatworkApiException : ChatworkCallException
{
    /// <summary>Creates the exception for a non-success answer.</summary>
    public ChatworkApiException(string method, string path, HttpStatusCode statusCode, IReadOnlyList<string> errors, DateTimeOffset? rateLimitReset)
        : base(method, path, Describe(method, path, statusCode, errors), null)
    {
        StatusCode = statusCode;
        Errors = errors;
        RateLimitReset = rateLimitReset;
    }

    /// <summary>The HTTP status the API answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The texts of the answer's <c>errors</c> array; empty when the body had none.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>When the rate-limit window resets (from <c>x-ratelimit-reset</c>), if the answer said.</summary>
    public DateTimeOffset? RateLimitReset { get; }

    /// <summary>True for 429: the general or the per-room posting limit was hit.</summary>
    public bool IsRateLimited => StatusCode == HttpStatusCode.TooManyRequests;

    /// <summary>True for 404: the message, room or file is gone or hidden.</summary>
    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;

    /// <summary>True for 401/403: the token is wrong, or the bot may not read or write there.</summary>
    public bool IsAccessDenied => StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    private static string Describe(string method, string path, HttpStatusCode statusCode, IReadOnlyList<string> errors)
    {
        var detail = errors.Count == 0 ? "(no error text)" : string.Join("; ", errors);
        return string.Create(CultureInfo.InvariantCulture,
            $"Chatwork API {method} /{path} answered {(int)statusCode} {statusCode}: {detail}");
    }
}
