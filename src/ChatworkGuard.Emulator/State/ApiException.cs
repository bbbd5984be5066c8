namespace ChatworkGuard.Emulator.State;

/// <summary>An API call the emulator refuses; written as <c>{"errors":[Message]}</c> with <see cref="StatusCode"/>.</summary>
internal sealed class ApiException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public static ApiException BadRequest(string message) => new(400, message);

    public static ApiException Forbidden(string message) => new(403, message);

    public static ApiException NotFound(string message) => new(404, message);
}
