namespace ChatworkGuard.Archive.Sqlite;

/// <summary>A prepared statement on a SQLite connection's handle (Microsoft.Data.Sqlite's, or a verify reader's own), for
/// the two hot loops (batched inserts and verify): binding and reading spans directly costs a few hundred nanoseconds
/// per row instead of several microseconds through ADO.NET.</summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
        : this(connection.Handle ?? throw new InvalidOperationException("The connection is not open."), sql)
    {
    }

    public RawStatement(sqlite3 database, string sql)
    {
        _database = database;
        var rc = raw.sqlite3_prepare_v2(_database, sql, out _statement);
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _database);
        }
    }

    public int Changes => raw.sqlite3_changes(_database);

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, long? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));

    public void Bind(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, value));

    public void BindBlob(int index, ReadOnlySpan<byte> value) => Check(raw.sqlite3_bind_blob(_statement, index, value));

    /// <summary>Runs to the next row; false when done. Errors surface as <see cref="SqliteException"/>.</summary>
    public bool Step()
    {
        var rc = NativeRow.Step(_statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _database);
        }

        return false;
    }

    public void Reset() => raw.sqlite3_reset(_statement);

    /// <summary>The current row, read without SQLitePCL's per-call overhead. Valid until the next step.</summary>
    public NativeRow Row => new(_statement);

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _database);
        }
    }
}
