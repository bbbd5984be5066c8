using System.Buffers.Text;
using System.Security.Cryptography;

namespace ChatworkGuard.Chatwork.Webhooks;

/// <summary>Checks Chatwork's webhook signature: HMAC-SHA256 over the raw body, keyed by the base64-decoded token, compared in constant time.</summary>
public static class WebhookSignatureVerifier
{
    /// <summary>The request header that carries the signature.</summary>
    public const string HeaderName = "x-chatworkwebhooksignature";

    /// <summary>The query parameter that carries the same signature (for receivers that cannot read headers).</summary>
    public const string QueryParameterName = "chatwork_webhook_signature";

    internal const int DigestLength = 32;

    /// <summary>True when <paramref name="token"/> is a usable webhook token (non-empty standard base64).</summary>
    public static bool IsValidToken(string? token) => TryDecodeKey(token, out _);

    /// <summary>The base64 signature Chatwork sends for <paramref name="rawBody"/> under <paramref name="token"/>.</summary>
    /// <exception cref="ArgumentException">The token is not base64.</exception>
    public static string ComputeSignature(ReadOnlySpan<byte> rawBody, string token)
    {
        if (!TryDecodeKey(token, out var key))
        {
            throw new ArgumentException("The webhook token is not base64; copy it again from Chatwork's webhook screen.", nameof(token));
        }

        return Convert.ToBase64String(HMACSHA256.HashData(key, rawBody));
    }

    /// <summary>True when <paramref name="signature"/> (the header or the URL-decoded query value) matches the body under the token.</summary>
    public static bool Verify(ReadOnlySpan<byte> rawBody, string token, string? signature) =>
        Verify(rawBody, [token], signature);

    /// <summary>True when <paramref name="signature"/> matches the body under any of <paramref name="tokens"/> (one per configured webhook).</summary>
    public static bool Verify(ReadOnlySpan<byte> rawBody, IEnumerable<string> tokens, string? signature)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Span<byte> presented = stackalloc byte[DigestLength];
        if (!TryDecodeSignature(signature, presented))
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[DigestLength];
        var matched = false;
        foreach (var token in tokens)
        {
            if (!TryDecodeKey(token, out var key))
            {
                continue;
            }

            HMACSHA256.HashData(key, rawBody, expected);
            // Every token is tried even after a match so the time spent does not tell which one matched.
            matched |= CryptographicOperations.FixedTimeEquals(expected, presented);
        }

        return matched;
    }

    /// <summary>Verifies a request that may carry the signature in the header, the query, or both; a present header must match.</summary>
    public static bool VerifyRequest(ReadOnlySpan<byte> rawBody, IEnumerable<string> tokens, string? headerSignature, string? querySignature)
    {
        var signature = string.IsNullOrEmpty(headerSignature) ? querySignature : headerSignature;
        return Verify(rawBody, tokens, signature);
    }

    /// <summary>
    /// Starts checking a request's signature (the header's, else the query copy's) while its body streams in. False when the
    /// request carries no signature that could match (none, not base64, not 32 bytes) or no token is usable: it can be
    /// refused before a byte of its body is read.
    /// </summary>
    public static bool TryBeginRequest(IEnumerable<string> tokens, string? headerSignature, string? querySignature, out WebhookSignatureHasher? hasher)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        hasher = null;
        var signature = string.IsNullOrEmpty(headerSignature) ? querySignature : headerSignature;
        var presented = new byte[DigestLength];
        if (!TryDecodeSignature(signature, presented))
        {
            return false;
        }

        var keys = new List<byte[]>();
        foreach (var token in tokens)
        {
            if (TryDecodeKey(token, out var key))
            {
                keys.Add(key);
            }
        }

        if (keys.Count == 0)
        {
            return false;
        }

        hasher = new WebhookSignatureHasher(presented, keys);
        return true;
    }

    private static bool TryDecodeKey(string? token, out byte[] key)
    {
        key = [];
        if (string.IsNullOrWhiteSpace(token))
        {
            return false;
        }

        var buffer = new byte[Base64.GetMaxDecodedFromUtf8Length(token.Length)];
        if (!Convert.TryFromBase64String(token.Trim(), buffer, out var written) || written == 0)
        {
            return false;
        }

        key = buffer.AsSpan(0, written).ToArray();
        return true;
    }

    private static bool TryDecodeSignature(string? signature, Span<byte> destination)
    {
        if (string.IsNullOrWhiteSpace(signature))
        {
            return false;
        }

        // A query value decoded by a form parser turns an unencoded '+' into a space; base64 has no spaces.
        var text = signature.Trim().Replace(' ', '+');
        Span<byte> buffer = stackalloc byte[DigestLength + 3];
        return Convert.TryFromBase64String(text, buffer, out var written)
            && written == DigestLength
            && buffer[..DigestLength].TryCopyTo(destination);
    }
}
