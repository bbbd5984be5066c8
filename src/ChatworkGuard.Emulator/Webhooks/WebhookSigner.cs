namespace ChatworkGuard.Emulator.Webhooks;

/// <summary>The webhook signature of docs/chatwork-api.md §7: HMAC-SHA256 over the exact body bytes, keyed with the
/// base64-decoded token (not the token text), base64-encoded with padding.</summary>
internal static class WebhookSigner
{
    public const string HeaderName = "x-chatworkwebhooksignature";
    public const string QueryName = "chatwork_webhook_signature";

    public static string Sign(string token, ReadOnlySpan<byte> body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(token), body));

    /// <summary>The signature as a query value; lowercase escapes as in the recorded captures (…%3d).</summary>
    public static string QueryEscape(string signature)
    {
        var builder = new StringBuilder(signature.Length + 8);
        foreach (var c in signature)
        {
            builder.Append(c switch
            {
                '+' => "%2b",
                '/' => "%2f",
                '=' => "%3d",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>The delivery URL: the setting's URL with the signature appended as a query parameter.</summary>
    public static Uri SignedUrl(Uri url, string signature)
    {
        var separator = string.IsNullOrEmpty(url.Query) ? "?" : "&";
        return new Uri(url.AbsoluteUri + separator + QueryName + "=" + QueryEscape(signature));
    }

    /// <summary>Makes a new webhook token: 32 random bytes, base64 (the recorded tokens are 44 characters).</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
