using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.Archive.Sqlite;

/// <summary>Reads: each call on its own pooled connection; WAL lets them run beside appends.</summary>
public sealed partial class SqliteArchiveStore
{
    /// <inheritdoc />
    public async IAsyncEnumerable<ArchiveRecord> ReadRoomAsync(
        long roomId,
        long fromSequence,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var connection = await RunAsync(() => OpenConnectionAsync(cancellationToken));
        await using (connection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = ArchiveSql.SelectRoom;
            command.Parameters.AddWithValue("@room_id", roomId);
            command.Parameters.AddWithValue("@from", fromSequence);
            var reader = await RunAsync(() => command.ExecuteReaderAsync(cancellationToken));
            await using (reader)
            {
                var rows = new RecordRowReader(roomId);
                var count = 0;
                while (ReadRow(reader))
                {
                    if ((++count & 1023) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

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
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = ArchiveSql.ListRooms;
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
            await using var connection = await OpenConnectionAsync(cancellationToken);
            using var commands = new AppendCommands(connection, transaction: null);
            var (sequence, hash) = commands.ReadHead(roomId);
            return sequence == 0 ? null : new ChainHead(roomId, sequence, hash);
        });
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, MessageVersion>> GetLatestMessageVersionsAsync(long roomId, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await RunAsync(async () =>
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = ArchiveSql.LatestMessageVersions;
            command.Parameters.AddWithValue("@room_id", roomId);
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

    // SqliteDataReader.ReadAsync only wraps Read; calling Read directly keeps the hot verify loop lean and lets the
    // error translation sit outside the iterator (C# forbids yield inside try/catch).
    private bool ReadRow(SqliteDataReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (SqliteException exception)
        {
            throw Translate(exception);
        }
    }
}
