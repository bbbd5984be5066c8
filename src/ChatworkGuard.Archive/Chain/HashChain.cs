using System.Buffers;

namespace ChatworkGuard.Archive.Chain;

/// <summary>Computes record hashes: hash = SHA-256(previous hash ‖ <see cref="CanonicalEncoding"/> of the record).</summary>
public static class HashChain
{
    /// <summary>The hash <paramref name="record"/> should have, given its own <see cref="ArchiveRecord.PreviousHash"/>.</summary>
    public static ChainHash ComputeHash(ArchiveRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return ComputeHash(record.PreviousHash, record);
    }

    /// <summary>The hash of <paramref name="record"/> chained after <paramref name="previous"/>.</summary>
    public static ChainHash ComputeHash(ChainHash previous, ArchiveRecord record)
    {
        var length = ChainHash.Length + CanonicalEncoding.GetByteCount(record);
        var rented = length <= 1024 ? null : ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Span<byte> buffer = rented is null ? stackalloc byte[1024] : rented;
            previous.WriteTo(buffer);
            var written = CanonicalEncoding.Write(record, buffer[ChainHash.Length..]);
            Span<byte> digest = stackalloc byte[ChainHash.Length];
            SHA256.HashData(buffer[..(ChainHash.Length + written)], digest);
            return ChainHash.FromBytes(digest);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Turns a draft into the record that follows <paramref name="previous"/> at <paramref name="sequence"/>.</summary>
    /// <remarks>The draft is validated and normalized first (see <see cref="RecordDraft"/>), so the returned record
    /// reads back from any store exactly as it was hashed.</remarks>
    public static ArchiveRecord Seal(RecordDraft draft, long sequence, ChainHash previous)
    {
        var normalized = DraftValidator.Normalize(draft);
        var unsealed = ArchiveRecord.Unhashed(normalized, sequence, previous);
        return unsealed with { Hash = ComputeHash(previous, unsealed) };
    }
}
