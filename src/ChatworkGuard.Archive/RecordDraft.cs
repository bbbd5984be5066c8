namespace ChatworkGuard.Archive;

/// <summary>What a caller asks the archive to append; the store assigns the sequence number and hashes.</summary>
public sealed record RecordDraft : RecordContent
{
    /// <summary>Overrides the idempotency key; null uses <see cref="IdempotencyKeys.For(RecordDraft)"/>.</summary>
    public string? IdempotencyKey { get; init; }
}
