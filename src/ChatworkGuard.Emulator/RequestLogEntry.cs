namespace ChatworkGuard.Emulator;

/// <summary>One API request as the emulator answered it, for tests that count calls.</summary>
/// <param name="Time">When the request arrived (from the emulator's TimeProvider).</param>
/// <param name="TokenHash">
/// The first <see cref="TokenHashLength"/> hex digits of the SHA-256 of the X-ChatWorkToken sent ("" when none was): enough
/// to tell callers apart, never the token itself, so the log (also served by GET /_emulator/requests) gives no token away.
/// </param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path, e.g. /v2/rooms/1/messages.</param>
/// <param name="Query">The query string including '?', or "".</param>
/// <param name="Status">The status code the emulator chose.</param>
/// <param name="Aborted">Whether fault injection closed the connection instead of finishing the response.</param>
public sealed record RequestLogEntry(DateTimeOffset Time, string TokenHash, string Method, string Path, string Query, int Status, bool Aborted)
{
    /// <summary>Hex digits of the token's hash kept in the log.</summary>
    public const int TokenHashLength = 12;

    /// <summary>The hash prefix the log keeps for <paramref name="token"/>; "" for none.</summary>
    public static string HashToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Length == 0 ? "" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..TokenHashLength];
    }

    /// <summary>Whether this request carried <paramref name="token"/>.</summary>
    public bool IsFrom(string token) => TokenHash == HashToken(token);
}
