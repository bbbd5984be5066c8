using System.Runtime.CompilerServices;
using Npgsql;

namespace ChatworkGuard.Archive.Postgres;

/// <summary>Reads: plain statements on pooled connections; records stream in sequence order.</summary>
public sealed partial class PostgresArchiveStore
{
    /// <inheritdoc />
    public async IAsyncEnumerable<ArchiveRecord> ReadRoomAsync(
        long roomId,
        long fromSequence,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var connection = await RunAsync(() => _dataSource.OpenConnectionAsync(cancellationToken).AsTask());
        await using (connection)
        {
            await using var command = new NpgsqlCommand(ArchiveSql.SelectRoom, connection);
            command.Parameters.AddWithValue("room_id", roomId);
            command.Parameters.AddWithValue("from", fromSequence);
            var reader = await RunAsync(() => command.ExecuteReaderAsync(cancellationToken));
            await using (reader)
            {
                var rows = new RecordRowReader(roomId);
                while (await RunAsync(() => reader.ReadAsync(cancellationToken)))
                {
                    yield return rows.Read(reader);
                }
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<long>> ListRoomsAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await RunAsync(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(ArchiveSql.ListRooms, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rooms = new List<long>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rooms.Add(reader.GetInt64(0));
            }

            return (IReadOnlyList<long>)rooms;
        });
    }

    /// <inheritdoc />
    public async Task<ChainHead?> GetChainHeadAsync(long roomId, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await RunAsync(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            var heads = await ReadHeadsAsync(connection, null, [roomId], cancellationToken);
            return heads.TryGetValue(roomId, out var head) ? new ChainHead(roomId, head.Item1, head.Item2) : null;
        });
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, MessageVersion>> GetLatestMessageVersionsAsync(long roomId, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await RunAsync(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(ArchiveSql.LatestMessageVersions, connection);
            command.Parameters.AddWithValue("room_id", roomId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var versions = new Dictionary<string, MessageVersion>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                var version = RecordRowReader.ReadVersion(reader);
                versions[version.MessageId] = version;
            }

            return (IReadOnlyDictionary<string, MessageVersion>)versions;
        });
    }
}
