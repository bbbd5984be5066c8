namespace ChatworkGuard.Archive.Blobs;

/// <summary>Content-addressed storage for archived file bytes: every blob is named by the SHA-256 of its bytes, so
/// the same bytes are stored once and a name taken from Chatwork never becomes a path.</summary>
public interface IBlobStore
{
    /// <summary>Where the blobs live, for people (a directory, or the PostgreSQL database; never a password).</summary>
    string Location { get; }

    /// <summary>Reads <paramref name="content"/> to its end, hashing it while it is stored; keeps it under its hash.</summary>
    /// <exception cref="BlobTooLargeException">More than <paramref name="maxBytes"/> bytes arrived; nothing was kept.</exception>
    Task<StoredBlob> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>The stored bytes of <paramref name="sha256"/> (lower-case hex), or null when there is no such blob.</summary>
    /// <exception cref="ArgumentException"><paramref name="sha256"/> is not 64 lower-case hex digits.</exception>
    Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken);
}
