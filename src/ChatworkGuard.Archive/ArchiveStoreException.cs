namespace ChatworkGuard.Archive;

/// <summary>The archive could not be opened or used: missing or locked file, unreachable server, unknown schema.</summary>
/// <remarks>The message says what is wrong and how to fix it; it never contains a password.</remarks>
public sealed class ArchiveStoreException : Exception
{
    /// <summary>Creates the exception with a message that states the fix.</summary>
    public ArchiveStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message that states the fix and the underlying cause.</summary>
    public ArchiveStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message (prefer the other constructors).</summary>
    public ArchiveStoreException()
        : base("The archive could not be used.")
    {
    }
}
