using ChatworkGuard.Archive;

namespace ChatworkGuard.Bot.Ingest;

/// <summary>What one ingestion added to a room's chain.</summary>
/// <param name="Added">The records this call added, in chain order.</param>
internal sealed record IngestResult(IReadOnlyList<ArchiveRecord> Added)
{
    /// <summary>Nothing was added.</summary>
    public static readonly IngestResult Empty = new([]);

    /// <summary>The new message versions (created or edited) among <see cref="Added"/>.</summary>
    public IEnumerable<ArchiveRecord> MessageVersions =>
        Added.Where(r => r.Kind is RecordKind.MessageCreated or RecordKind.MessageEdited);
}
