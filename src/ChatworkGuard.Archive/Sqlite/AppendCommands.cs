using Microsoft.Data.Sqlite;

namespace ChatworkGuard.Archive.Sqlite;

/// <summary>The prepared statements of one append transaction, reused for every record of a batch.</summary>
internal sealed class AppendCommands : IDisposable
{
    private readonly SqliteCommand _findByKey;
    private readonly SqliteCommand _readHead;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _writeHead;
    private readonly byte[] _hashBuffer = new byte[ChainHash.Length + 1];

    public AppendCommands(SqliteConnection connection, SqliteTransaction? transaction)
    {
        _findByKey = Create(connection, transaction, ArchiveSql.SelectByIdempotencyKey, "@room_id", "@key");
        _readHead = Create(connection, transaction, ArchiveSql.SelectHead, "@room_id");
        _insert = Create(connection, transaction, ArchiveSql.InsertRecord,
            "@room_id", "@seq", "@kind", "@message_id", "@account_id", "@account_name", "@body", "@send_time", "@update_time",
            "@observed_at_ms", "@source", "@details", "@idempotency_key", "@prev_hash", "@hash");
        _writeHead = Create(connection, transaction, ArchiveSql.UpsertHead, "@room_id", "@seq", "@hash");
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

        var length = reader.GetBytes(1, 0, _hashBuffer, 0, _hashBuffer.Length);
        if (length != ChainHash.Length)
        {
            throw new ArchiveCorruptionException(roomId, reader.GetInt64(0),
                $"The chain head of room {roomId} is {length} bytes instead of {ChainHash.Length}: the archive was altered. Run `chatwork-guard verify`.");
        }

        return (reader.GetInt64(0), ChainHash.FromBytes(_hashBuffer.AsSpan(0, ChainHash.Length)));
    }

    public void Insert(ArchiveRecord record, string? idempotencyKey)
    {
        var p = _insert.Parameters;
        p[0].Value = record.RoomId;
        p[1].Value = record.Sequence;
        p[2].Value = record.Kind.ToWireName();
        p[3].Value = (object?)record.MessageId ?? DBNull.Value;
        p[4].Value = (object?)record.AccountId ?? DBNull.Value;
        p[5].Value = (object?)record.AccountName ?? DBNull.Value;
        p[6].Value = (object?)record.Body ?? DBNull.Value;
        p[7].Value = (object?)record.SendTime ?? DBNull.Value;
        p[8].Value = (object?)record.UpdateTime ?? DBNull.Value;
        p[9].Value = record.ObservedAt.ToUnixTimeMilliseconds();
        p[10].Value = record.Source.ToWireName();
        p[11].Value = (object?)record.Details ?? DBNull.Value;
        p[12].Value = (object?)idempotencyKey ?? DBNull.Value;
        p[13].Value = record.PreviousHash.ToArray();
        p[14].Value = record.Hash.ToArray();
        _insert.ExecuteNonQuery();
    }

    public void WriteHead(long roomId, long sequence, ChainHash hash)
    {
        _writeHead.Parameters[0].Value = roomId;
        _writeHead.Parameters[1].Value = sequence;
        _writeHead.Parameters[2].Value = hash.ToArray();
        _writeHead.ExecuteNonQuery();
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
