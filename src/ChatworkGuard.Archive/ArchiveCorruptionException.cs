namespace ChatworkGuard.Archive;

/// <summary>A stored record cannot even be read back as a record (e.g. an unknown kind): the archive was altered.</summary>
public sealed class ArchiveCorruptionException : Exception
{
    /// <summary>Creates the exception for the record at <paramref name="sequence"/> in <paramref name="roomId"/>.</summary>
    public ArchiveCorruptionException(long roomId, long sequence, string message)
        : base(message)
    {
        RoomId = roomId;
        Sequence = sequence;
    }

    /// <summary>Creates the exception without a location (prefer the other constructor).</summary>
    public ArchiveCorruptionException()
        : base("An archive record could not be read.")
    {
    }

    /// <summary>Creates the exception without a location (prefer the other constructor).</summary>
    public ArchiveCorruptionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without a location (prefer the other constructor).</summary>
    public ArchiveCorruptionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The room of the unreadable record.</summary>
    public long RoomId { get; }

    /// <summary>The sequence number of the unreadable record.</summary>
    public long Sequence { get; }
}
