namespace ChatworkGuard.Archive.Relational;

/// <summary>Reads a chain head row (seq, then hash) and refuses a hash of the wrong length.</summary>
internal static class ChainHeadRow
{
    /// <param name="reader">Positioned on the row.</param>
    /// <param name="roomId">The head's room, for the error.</param>
    /// <param name="sequenceOrdinal">Where seq is; the hash follows it.</param>
    public static (long Sequence, ChainHash Hash) Read(DbDataReader reader, long roomId, int sequenceOrdinal)
    {
        var sequence = reader.GetInt64(sequenceOrdinal);
        var hash = reader.GetFieldValue<byte[]>(sequenceOrdinal + 1);
        if (hash.Length != ChainHash.Length)
        {
            throw new ArchiveCorruptionException(roomId, sequence,
                $"The chain head of room {roomId} is {hash.Length} bytes instead of {ChainHash.Length}: the archive was altered. Run `chatwork-guard verify`.");
        }

        return (sequence, ChainHash.FromBytes(hash));
    }
}
