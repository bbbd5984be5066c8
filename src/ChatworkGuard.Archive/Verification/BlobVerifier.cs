namespace ChatworkGuard.Archive.Verification;

/// <summary>Checks the archived files a room's <c>file-archived</c> records name against the blob store: each blob the
/// store has must still hash to the SHA-256 in its record. A blob the store does not have (another machine's archive,
/// a copied database) is reported as missing, not as tampering.</summary>
public static class BlobVerifier
{
    /// <summary>Checks every <c>file-archived</c> record of <paramref name="roomId"/>.</summary>
    public static async Task<BlobCheck> CheckRoomAsync(IArchiveStore store, IBlobStore blobs, long roomId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(blobs);
        var checkedCount = 0;
        var missing = new List<long>();
        var corrupt = new List<long>();
        await foreach (var record in store.ReadRoomAsync(roomId, 1, cancellationToken))
        {
            if (record.Kind != RecordKind.FileArchived || FileRecordDetails.TryParse(record.Details)?.Sha256 is not { } sha256 || !BlobNames.IsValid(sha256))
            {
                continue;
            }

            var stream = await blobs.OpenReadAsync(sha256, cancellationToken);
            if (stream is null)
            {
                missing.Add(record.Sequence);
                continue;
            }

            await using (stream)
            {
                checkedCount++;
                var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
                if (!string.Equals(actual, sha256, StringComparison.Ordinal))
                {
                    corrupt.Add(record.Sequence);
                }
            }
        }

        return new BlobCheck(roomId, checkedCount, missing, corrupt);
    }
}

/// <summary>What <see cref="BlobVerifier"/> found in one room.</summary>
/// <param name="RoomId">The room.</param>
/// <param name="Checked">Blobs found and hashed.</param>
/// <param name="Missing">Sequence numbers of <c>file-archived</c> records whose blob this store does not have.</param>
/// <param name="Corrupt">Sequence numbers of records whose blob no longer hashes to the recorded SHA-256.</param>
public sealed record BlobCheck(long RoomId, int Checked, IReadOnlyList<long> Missing, IReadOnlyList<long> Corrupt)
{
    /// <summary>True when no blob the store has differs from its record.</summary>
    public bool IsIntact => Corrupt.Count == 0;
}
