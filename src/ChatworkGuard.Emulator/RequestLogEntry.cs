namespace ChatworkGuard.Emulator;

/// <summary>One API request as the emulator answered it, for tests that count calls.</summary>
/// <param name="Time">When the request arrived (from the emulator's TimeProvider).</param>
/// <param name="Token">The X-ChatWorkToken sent, or "" when none was.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path, e.g. /v2/rooms/1/messages.</param>
/// <param name="Query">The query string including '?', or "".</param>
/// <param name="Status">The status code the emulator chose.</param>
/// <param name="Aborted">Whether fault injection closed the connection instead of finishing the response.</param>
public sealed record RequestLogEntry(DateTimeOffset Time, string Token, string Method, string Path, string Query, int Status, bool Aborted);
