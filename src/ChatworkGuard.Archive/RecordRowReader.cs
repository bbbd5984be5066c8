namespace ChatworkGuard.Archive;

/// <summary>Reads a record row (columns of <see cref="ArchiveSql.RecordColumns"/>) into an <see cref="ArchiveRecord"/>.</summary>
internal sealed class RecordRowReader(long roomId)
{
    public ArchiveRecord Read(DbDataReader reader)
    {
        var sequence = reader.GetInt64(0);
        var kindName = reader.GetString(1);
        if (!RecordKinds.TryParse(kindName, out var kind))
        {
            throw new ArchiveCorruptionException(roomId, sequence,
                $"Record {sequence} of room {roomId} has the kind '{kindName}', which is not one of the known kinds: the archive was altered or written by a newer version.");
        }

        var sourceName = reader.GetString(9);
        if (!RecordSources.TryParse(sourceName, out var source))
        {
            throw new ArchiveCorruptionException(roomId, sequence,
                $"Record {sequence} of room {roomId} has the source '{sourceName}', which is not one of the known sources: the archive was altered or written by a newer version.");
        }

        return new ArchiveRecord
        {
            RoomId = roomId,
            Sequence = sequence,
            Kind = kind.Value,
            MessageId = reader.IsDBNull(2) ? null : reader.GetString(2),
            AccountId = reader.IsDBNull(3) ? null : reader.GetInt64(3),
            AccountName = reader.IsDBNull(4) ? null : reader.GetString(4),
            Body = reader.IsDBNull(5) ? null : reader.GetString(5),
            SendTime = reader.IsDBNull(6) ? null : reader.GetInt64(6),
            UpdateTime = reader.IsDBNull(7) ? null : reader.GetInt64(7),
            ObservedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
            Source = source.Value,
            Details = reader.IsDBNull(10) ? null : reader.GetString(10),
            PreviousHash = ReadHash(reader, 11, sequence, "previous hash"),
            Hash = ReadHash(reader, 12, sequence, "hash"),
        };
    }

    /// <summary>A row of message-version columns starting at <paramref name="firstOrdinal"/>: message_id, seq, kind,
    /// account_id, body, send_time, update_time, source, observed_at_ms.</summary>
    public static MessageVersion ReadVersion(DbDataReader reader, int firstOrdinal)
    {
        var o = firstOrdinal;
        // The query selects only the message kinds, so the names always parse.
        var kind = RecordKinds.TryParse(reader.GetString(o + 2), out var parsed) ? parsed.Value : RecordKind.MessageCreated;
        var source = RecordSources.TryParse(reader.GetString(o + 7), out var parsedSource) ? parsedSource.Value : RecordSource.Poll;
        return new MessageVersion(
            reader.GetString(o),
            reader.GetInt64(o + 1),
            kind,
            reader.IsDBNull(o + 3) ? null : reader.GetInt64(o + 3),
            reader.IsDBNull(o + 4) ? null : reader.GetString(o + 4),
            reader.IsDBNull(o + 5) ? null : reader.GetInt64(o + 5),
            reader.IsDBNull(o + 6) ? null : reader.GetInt64(o + 6))
        {
            Source = source,
            ObservedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(o + 8)),
        };
    }

    private ChainHash ReadHash(DbDataReader reader, int ordinal, long sequence, string what)
    {
        // GetFieldValue<byte[]> reads the value in one call; GetBytes would open an incremental blob handle per
        // call in Microsoft.Data.Sqlite, which made verify 50 times slower.
        var bytes = reader.IsDBNull(ordinal) ? [] : reader.GetFieldValue<byte[]>(ordinal);
        var length = bytes.Length;
        if (length != ChainHash.Length)
        {
            throw new ArchiveCorruptionException(roomId, sequence,
                $"Record {sequence} of room {roomId} has a {what} of {length} bytes instead of {ChainHash.Length}: the archive was altered.");
        }

        return ChainHash.FromBytes(bytes);
    }
}
