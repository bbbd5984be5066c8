namespace ChatworkGuard.Archive.Export;

/// <summary>A room file an export lists: the record that names it, and whether its bytes are in the bundle.</summary>
/// <param name="Sequence">The <c>file-archived</c> (or <c>file-unavailable</c>) record's position in the chain.</param>
/// <param name="Kind">That record's kind.</param>
/// <param name="Details">The record's details (name, size, file and message id, SHA-256).</param>
public sealed record ExportedFile(long Sequence, RecordKind Kind, FileRecordDetails Details)
{
    /// <summary>Whether <c>files/&lt;sha256&gt;</c> was written (false: the blob store did not have the bytes, or they no
    /// longer hash to the recorded SHA-256).</summary>
    public bool InBundle { get; set; }

    /// <summary>Why the bytes are not in the bundle, when <see cref="InBundle"/> is false.</summary>
    public string? Problem { get; set; }

    /// <summary>The bundle path, <c>files/&lt;sha256&gt;</c>.</summary>
    public string Path => "files/" + Details.Sha256;
}
