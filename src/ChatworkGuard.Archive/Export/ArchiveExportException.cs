namespace ChatworkGuard.Archive.Export;

/// <summary>An export could not be written (full disk, no permission, unknown room); no partial files are left.</summary>
public sealed class ArchiveExportException : Exception
{
    /// <summary>Creates the exception with a message that states the fix.</summary>
    public ArchiveExportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message that states the fix and the cause.</summary>
    public ArchiveExportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message (prefer the other constructors).</summary>
    public ArchiveExportException()
        : base("The export could not be written.")
    {
    }
}
