namespace ChatworkGuard.Bot.Ingest;

/// <summary>What one ingestion added to a room's chain.</summary>
/// <param name="Added">The records this call added, in chain order.</param>
internal sealed record IngestResult(IReadOnlyList<ArchiveRecord> Added)
{
    /// <summary>Nothing was added.</summary>
    public static readonly IngestResult Empty = new([]);

    /// <summary>The new message versions (created, edited, or a poll's correction of a webhook) among <see cref="Added"/>.</summary>
    public IEnumerable<ArchiveRecord> MessageVersions =>
        Added.Where(r => r.Kind is RecordKind.MessageCreated or RecordKind.MessageEdited or RecordKind.Conflict);

    /// <summary>Versions archived earlier from a webhook that a poll has now shown exactly so (nothing was appended for
    /// them): what waited for the API's confirmation, such as a command, may act now. Built from the poll.</summary>
    public IReadOnlyList<ArchiveRecord> Confirmed { get; init; } = [];
}
