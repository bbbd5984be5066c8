namespace ChatworkGuard.Archive.Sqlite;

/// <summary>The prepared statements of one append transaction, reused for every record of a batch.</summary>
internal sealed class AppendCommands : IDisposable
{
    private readonly SqliteCommand _findByKey;
    private readonly SqliteCommand _readHead;
    private readonly RawStatement _insert;
    private readonly RawStatement _writeHead;

    public AppendCommands(SqliteConnection connection, SqliteTransaction? transaction)
    {
        _findByKey = Create(connection, transaction, ArchiveSql.SelectByIdempotencyKey, "@room_id", "@key");
        _readHead = Create(connection, transaction, ArchiveSql.SelectHead, "@room_id");
        // A duplicate idempotency key inserts nothing (changes() = 0) instead of failing: one statement per new record
        // in the common case, and the caller looks the earlier record up only for real duplicates.
        _insert = new RawStatement(connection, ArchiveSql.InsertRecord +
            " ON CONFLICT (room_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING");
        _writeHead = new RawStatement(connection, ArchiveSql.UpsertHead);
    }

    public ArchiveRecord? FindByKey(long roomId, string key)
    {
        _findByKey.Parameters[0].Value = roomId;
        _findByKey.Parameters[1].Value = key;
        using var reader = _findByKey.ExecuteReader();
        return reader.Read() ? new RecordRowReader(roomId).Read(reader) : null;
    }

    public (long Sequence, ChainHash Hash) ReadHead(long roomId)
    {
        _readHead.Parameters[0].Value = roomId;
        using var reader = _readHead.ExecuteReader();
        if (!reader.Read())
        {
            return (0, ChainHash.Zero);
        }

        return ChainHeadRow.Read(reader, roomId, sequenceOrdinal: 0);
    }

    /// <summary>Inserts the record; false when a record with the same idempotency key is already in the room.</summary>
    public bool TryInsert(ArchiveRecord record, string? idempotencyKey)
    {
        var s = _insert;
        s.Bind(1, record.RoomId);
        s.Bind(2, record.Sequence);
        s.Bind(3, record.Kind.ToWireName());
        s.Bind(4, record.MessageId);
        s.Bind(5, record.AccountId);
        s.Bind(6, record.AccountName);
        s.Bind(7, record.Body);
        s.Bind(8, record.SendTime);
        s.Bind(9, record.UpdateTime);
        s.Bind(10, record.ObservedAt.ToUnixTimeMilliseconds());
        s.Bind(11, record.Source.ToWireName());
        s.Bind(12, record.Details);
        s.Bind(13, idempotencyKey);
        Span<byte> hash = stackalloc byte[ChainHash.Length];
        record.PreviousHash.WriteTo(hash);
        s.BindBlob(14, hash);
        record.Hash.WriteTo(hash);
        s.BindBlob(15, hash);
        s.Step();
        return s.Changes == 1;
    }

    public void WriteHead(long roomId, long sequence, ChainHash hash)
    {
        Span<byte> bytes = stackalloc byte[ChainHash.Length];
        hash.WriteTo(bytes);
        _writeHead.Bind(1, roomId);
        _writeHead.Bind(2, sequence);
        _writeHead.BindBlob(3, bytes);
        _writeHead.Step();
    }

    public void Dispose()
    {
        _findByKey.Dispose();
        _readHead.Dispose();
        _insert.Dispose();
        _writeHead.Dispose();
    }

    private static SqliteCommand Create(SqliteConnection connection, SqliteTransaction? transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }
}
