namespace ChatworkGuard.Archive.Sqlite;

/// <summary>One verify worker's own connection to the archive file, with the three statements the chunked walk needs.</summary>
/// <remarks>Opened without SQLite's per-connection mutex (SQLITE_OPEN_NOMUTEX): every column read would otherwise lock
/// and unlock it, and a worker connection is used by one thread at a time only. Not pooled: it lives for one verify.</remarks>
internal sealed class LinkConnection : IDisposable
{
    // The walk reads each page once: a small cache holds the index and table pages above the leaves.
    private const int PageCacheKiB = 4096;

    private readonly sqlite3 _database;
    private readonly RawStatement _upper;
    private readonly RawStatement _next;
    private readonly RawStatement _rows;

    private LinkConnection(sqlite3 database)
    {
        _database = database;
        _upper = new RawStatement(database, "SELECT max(seq) FROM archive_records WHERE room_id = ?1");
        _next = new RawStatement(database,
            "SELECT seq FROM archive_records WHERE room_id = ?1 AND seq >= ?2 AND seq <= ?3 ORDER BY seq LIMIT 1");
        _rows = new RawStatement(database,
            $"SELECT {RawRecordHasher.Columns} FROM archive_records WHERE room_id = ?1 AND seq >= ?2 AND seq <= ?3 ORDER BY seq");
    }

    /// <summary>Opens <paramref name="path"/> as the store opens it (read-only or read-write, never creating it).</summary>
    public static LinkConnection Open(string path, bool readOnly, TimeSpan busyTimeout)
    {
        var flags = (readOnly ? raw.SQLITE_OPEN_READONLY : raw.SQLITE_OPEN_READWRITE) | raw.SQLITE_OPEN_NOMUTEX;
        var rc = raw.sqlite3_open_v2(path, out var database, flags, null);
        try
        {
            Check(rc, database);
            Check(raw.sqlite3_busy_timeout(database, (int)Math.Min(int.MaxValue, busyTimeout.TotalMilliseconds)), database);
            Check(raw.sqlite3_exec(database, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{PageCacheKiB}")), database);
            return new LinkConnection(database);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>The room's highest stored seq, or null when it has no records.</summary>
    public long? MaxSequence(long roomId)
    {
        _upper.Bind(1, roomId);
        return FirstValue(_upper);
    }

    /// <summary>The room's lowest stored seq in [<paramref name="from"/>, <paramref name="upper"/>], or null.</summary>
    public long? NextSequence(long roomId, long from, long upper)
    {
        _next.Bind(1, roomId);
        _next.Bind(2, from);
        _next.Bind(3, upper);
        return FirstValue(_next);
    }

    /// <summary>The room's rows with seq in [<paramref name="first"/>, <paramref name="last"/>], in seq order, ready to step.</summary>
    public RawStatement Rows(long roomId, long first, long last)
    {
        _rows.Bind(1, roomId);
        _rows.Bind(2, first);
        _rows.Bind(3, last);
        return _rows;
    }

    public void Dispose()
    {
        _rows.Dispose();
        _next.Dispose();
        _upper.Dispose();
        _database.Dispose();
    }

    private static long? FirstValue(RawStatement statement)
    {
        if (!statement.Step())
        {
            return null;
        }

        var row = statement.Row;
        long? value = row.IsNull(0) ? null : row.Int64(0);
        statement.Reset();
        return value;
    }

    private static void Check(int rc, sqlite3 database)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, database);
        }
    }
}
