using System.Security.Cryptography;

namespace ChatworkGuard.Chatwork.Webhooks;

/// <summary>
/// Checks a webhook signature while the body streams in: each chunk goes into one HMAC-SHA256 per token, so the body
/// never has to be gathered before it is known to be Chatwork's. Start it with
/// <see cref="WebhookSignatureVerifier.TryBeginRequest"/>, feed every chunk in order to <see cref="Append"/>, then ask
/// <see cref="Verify"/> once.
/// </summary>
public sealed class WebhookSignatureHasher : IDisposable
{
    private readonly byte[] _presented;
    private readonly List<IncrementalHash> _hashes;

    internal WebhookSignatureHasher(byte[] presented, IEnumerable<byte[]> keys)
    {
        _presented = presented;
        _hashes = [.. keys.Select(key => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key))];
    }

    /// <summary>The body's next bytes.</summary>
    public void Append(ReadOnlySpan<byte> chunk)
    {
        foreach (var hash in _hashes)
        {
            hash.AppendData(chunk);
        }
    }

    /// <summary>Whether the body appended so far carries the presented signature under any of the tokens.</summary>
    public bool Verify()
    {
        Span<byte> expected = stackalloc byte[WebhookSignatureVerifier.DigestLength];
        var matched = false;
        foreach (var hash in _hashes)
        {
            hash.GetHashAndReset(expected);
            // Every token is tried even after a match so the time spent does not tell which one matched.
            matched |= CryptographicOperations.FixedTimeEquals(expected, _presented);
        }

        return matched;
    }

    /// <summary>Releases the hash objects.</summary>
    public void Dispose()
    {
        foreach (var hash in _hashes)
        {
            hash.Dispose();
        }
    }
}
