namespace ChatworkGuard.Archive.Relational;

/// <summary>Appends: the checks every store makes before it writes; the writing itself (locks, statements) is the store's.</summary>
public abstract partial class RelationalArchiveStore
{
    /// <inheritdoc />
    public async Task<AppendResult> AppendAsync(RecordDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var results = await AppendBatchAsync([draft], cancellationToken);
        return results[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AppendResult>> AppendBatchAsync(IReadOnlyList<RecordDraft> drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ThrowIfReadOnly("appends are not allowed");
        if (drafts.Count == 0)
        {
            return [];
        }

        // Validate everything before taking a lock: a bad draft fails the call without touching the archive.
        var normalized = new RecordDraft[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            normalized[i] = DraftValidator.Normalize(drafts[i] ?? throw new ArgumentException($"Draft {i} is null.", nameof(drafts)));
        }

        await InitializeAsync(cancellationToken);
        return await AppendNormalizedAsync(normalized, cancellationToken);
    }

    /// <summary>Seals and writes valid, normalized drafts in one transaction (all or none), skipping known idempotency keys.</summary>
    private protected abstract Task<IReadOnlyList<AppendResult>> AppendNormalizedAsync(RecordDraft[] drafts, CancellationToken cancellationToken);
}
