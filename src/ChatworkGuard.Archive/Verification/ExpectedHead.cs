namespace ChatworkGuard.Archive.Verification;

/// <summary>A chain head a reader kept (from an export, an e-mail or a witness post): the chain must hold exactly
/// <paramref name="Hash"/> at <paramref name="Sequence"/>.</summary>
/// <param name="Sequence">The sequence number.</param>
/// <param name="Hash">The hash the record at that sequence must have.</param>
public sealed record ExpectedHead(long Sequence, ChainHash Hash)
{
    /// <summary>Reads <c>SEQ:HASH</c> (a leading <c>#</c> on SEQ is allowed); false when it is not that.</summary>
    public static bool TryParse(string? text, out ExpectedHead? head)
    {
        head = null;
        var parts = text?.Trim().TrimStart('#').Split(':');
        if (parts is not [var seq, var hex]
            || !long.TryParse(seq, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence < 1
            || !ChainHash.TryParse(hex.Trim().ToLowerInvariant(), out var hash))
        {
            return false;
        }

        head = new ExpectedHead(sequence, hash);
        return true;
    }

    /// <summary>The hash the store holds at <see cref="Sequence"/> in <paramref name="roomId"/>, or null when the chain is shorter.</summary>
    public async Task<ChainHash?> FindActualAsync(IArchiveStore store, long roomId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        await foreach (var record in store.ReadRoomAsync(roomId, Sequence, cancellationToken))
        {
            return record.Sequence == Sequence ? record.Hash : null;
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{Sequence}:{Hash}");
}
