namespace ChatworkGuard.Emulator.State;

/// <summary>An API call the emulator refuses; written as <c>{"errors":[Message]}</c> with <see cref="StatusCode"/>.</summary>
internal sealed class ApiException : Exception
{
    public ApiException()
    {
    }

    public ApiException(string message)
        : base(message)
    {
    }

    public ApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ApiException(int statusCode, string message)
        : base(message) => StatusCode = statusCode;

    public int StatusCode { get; } = 400;

    public static ApiException BadRequest(string message) => new(400, message);

    public static ApiException Forbidden(string message) => new(403, message);

    public static ApiException NotFound(string message) => new(404, message);
}
