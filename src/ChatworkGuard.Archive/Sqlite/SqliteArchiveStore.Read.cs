namespace ChatworkGuard.Archive.Sqlite;

/// <summary>Reads: each call on its own pooled connection; WAL lets them run beside appends.</summary>
public sealed partial class SqliteArchiveStore
{
    // SqliteDataReader.ReadAsync only wraps Read; calling Read directly keeps the hot verify loop lean.
    private protected override ValueTask<bool> ReadRowAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return ValueTask.FromResult(reader.Read());
        }
        catch (SqliteException exception) when (Translate(exception) is { } translated)
        {
            throw translated;
        }
    }
}
