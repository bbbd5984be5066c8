using Microsoft.AspNetCore.WebUtilities;

namespace ChatworkGuard.Emulator.Api;

/// <summary>Signed, expiring download URLs like Chatwork's CloudFront ones (<c>…?Expires=…&amp;Signature=…</c>),
/// served by the emulator itself under <see cref="PathPrefix"/>.</summary>
internal sealed class DownloadSigner(EmulatorOptions options, TimeProvider timeProvider)
{
    public const string PathPrefix = "/_emulator/downloads";

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public Uri CreateUrl(HttpRequest request, StoredFile file)
    {
        var expires = (timeProvider.GetUtcNow() + options.DownloadUrlLifetime).ToUnixTimeSeconds();
        var signature = Sign(file.RoomId, file.Id, expires);
        return new Uri(string.Create(
            CultureInfo.InvariantCulture,
            $"{request.Scheme}://{request.Host}{PathPrefix}/{file.RoomId}/{file.Id}?Expires={expires}&Signature={signature}"));
    }

    public bool IsValid(long roomId, long fileId, long expires, string? signature)
    {
        if (signature is null || expires < timeProvider.GetUtcNow().ToUnixTimeSeconds())
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(roomId, fileId, expires));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }

    private string Sign(long roomId, long fileId, long expires) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{roomId}/{fileId}/{expires}"))));
}
