using ChatworkGuard.Archive.Postgres;
using NpgsqlTypes;

namespace ChatworkGuard.Archive.Blobs;

/// <summary>Blobs in PostgreSQL (PostgreSQL mode), so every instance sees every file: the bytes in 1 MiB chunks in
/// <c>archive_blob_chunks</c>, one row per complete blob in <c>archive_blobs</c>. A blob's chunks and its row are
/// written in one transaction, so a blob is listed only when all of it is there.</summary>
public sealed class PostgresBlobStore : IBlobStore, IAsyncDisposable
{
    /// <summary>The size of one stored chunk.</summary>
    public const int ChunkSize = 1 << 20;

    /// <summary>The two tables, created by the archive's migration 4 (and here for a database that has not had it).</summary>
    internal const string Schema =
        "CREATE TABLE IF NOT EXISTS archive_blob_chunks (upload_id uuid NOT NULL, chunk integer NOT NULL, data bytea NOT NULL, PRIMARY KEY (upload_id, chunk));" +
        "CREATE TABLE IF NOT EXISTS archive_blobs (sha256 text PRIMARY KEY, upload_id uuid NOT NULL, size bigint NOT NULL, chunks integer NOT NULL);";

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _displayName;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private bool _schemaReady;

    // Never inlined into a caller that only may need it: compiling a method loads the assemblies of the types it names,
    // and a SQLite bot then mapped Npgsql (about 1 MB resident) without using it.
    /// <summary>Uses the database of <paramref name="connectionString"/>; the two tables are created on first use when the
    /// archive's migration has not created them.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public PostgresBlobStore(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _displayName = PostgresArchiveStore.DisplayName(builder) + ", table archive_blobs";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <inheritdoc />
    public string Location => _displayName;

    /// <inheritdoc />
    public async Task<StoredBlob> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        await EnsureSchemaAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var uploadId = Guid.NewGuid();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[ChunkSize];
        long size = 0;
        var chunks = 0;
        while (true)
        {
            var filled = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            if (filled == 0)
            {
                break;
            }

            size += filled;
            if (size > maxBytes)
            {
                throw new BlobTooLargeException(maxBytes);
            }

            hash.AppendData(buffer, 0, filled);
            await using var insert = new NpgsqlCommand("INSERT INTO archive_blob_chunks (upload_id, chunk, data) VALUES (@id, @chunk, @data)", connection, transaction);
            insert.Parameters.AddWithValue("id", uploadId);
            insert.Parameters.AddWithValue("chunk", chunks++);
            insert.Parameters.Add(new NpgsqlParameter("data", NpgsqlDbType.Bytea) { Value = new ArraySegment<byte>(buffer, 0, filled) });
            await insert.ExecuteNonQueryAsync(cancellationToken);
            if (filled < buffer.Length)
            {
                break;
            }
        }

        var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
        await using var register = new NpgsqlCommand(
            "INSERT INTO archive_blobs (sha256, upload_id, size, chunks) VALUES (@sha, @id, @size, @chunks) ON CONFLICT (sha256) DO NOTHING", connection, transaction);
        register.Parameters.AddWithValue("sha", sha256);
        register.Parameters.AddWithValue("id", uploadId);
        register.Parameters.AddWithValue("size", size);
        register.Parameters.AddWithValue("chunks", chunks);
        if (await register.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            // The same bytes are already stored (by this or another instance): keep theirs, drop ours.
            await transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new StoredBlob(sha256, size);
    }

    /// <inheritdoc />
    public async Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken)
    {
        BlobNames.Require(sha256);
        try
        {
            return await ReadAsync(sha256, cancellationToken);
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // Reading never creates the tables (verify and export open the archive read-only): no tables, no blob.
            return null;
        }
    }

    private async Task<Stream?> ReadAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT c.data FROM archive_blobs b JOIN archive_blob_chunks c ON c.upload_id = b.upload_id WHERE b.sha256 = @sha ORDER BY c.chunk", connection);
        command.Parameters.AddWithValue("sha", sha256);
        // Blobs are at most Storage:MaxFileBytes, so reading one into memory is bounded.
        var output = new MemoryStream();
        var any = false;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                any = true;
                var chunk = (byte[])reader[0];
                await output.WriteAsync(chunk, cancellationToken);
            }
        }

        if (!any && !await ExistsEmptyAsync(connection, sha256, cancellationToken))
        {
            return null;
        }

        output.Position = 0;
        return output;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _schemaGate.Dispose();
        return _dataSource.DisposeAsync();
    }

    private static async Task<bool> ExistsEmptyAsync(NpgsqlConnection connection, string sha256, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT 1 FROM archive_blobs WHERE sha256 = @sha", connection);
        command.Parameters.AddWithValue("sha", sha256);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _schemaReady))
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (!_schemaReady)
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
                // A runtime role that owns nothing may not run CREATE TABLE, not even IF NOT EXISTS: look first.
                await using var exists = new NpgsqlCommand(
                    "SELECT to_regclass('archive_blobs') IS NOT NULL AND to_regclass('archive_blob_chunks') IS NOT NULL", connection);
                await using var command = new NpgsqlCommand(Schema, connection);
                try
                {
                    if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
                    {
                        await command.ExecuteNonQueryAsync(cancellationToken);
                    }
                }
                catch (PostgresException error) when (error.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
                {
                    // Another instance created the tables at the same moment.
                }

                Volatile.Write(ref _schemaReady, true);
            }
        }
        finally
        {
            _schemaGate.Release();
        }
    }
}
