namespace ChatworkGuard.Archive.Blobs;

/// <summary>A blob was larger than the limit it was stored under; nothing of it was kept.</summary>
public sealed class BlobTooLargeException : Exception
{
    /// <summary>Creates the exception for a limit of <paramref name="maxBytes"/>.</summary>
    public BlobTooLargeException(long maxBytes)
        : base($"The file is larger than the {maxBytes:N0}-byte limit (Storage:MaxFileBytes); nothing of it was kept.")
    {
        MaxBytes = maxBytes;
    }

    /// <summary>Creates the exception with a message.</summary>
    public BlobTooLargeException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BlobTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public BlobTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The limit that was exceeded.</summary>
    public long MaxBytes { get; }
}
