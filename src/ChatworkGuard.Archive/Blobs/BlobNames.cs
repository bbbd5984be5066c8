namespace ChatworkGuard.Archive.Blobs;

/// <summary>Blob names: 64 lower-case hex digits, nothing else, so a name can never walk out of a directory.</summary>
public static class BlobNames
{
    /// <summary>True when <paramref name="sha256"/> is exactly 64 lower-case hex digits.</summary>
    public static bool IsValid(string? sha256) =>
        sha256 is { Length: 64 } && sha256.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    /// <summary>Returns <paramref name="sha256"/> or throws when it is not a blob name.</summary>
    public static string Require(string? sha256) =>
        IsValid(sha256) ? sha256! : throw new ArgumentException("A blob name is a SHA-256 as 64 lower-case hex digits.", nameof(sha256));
}
