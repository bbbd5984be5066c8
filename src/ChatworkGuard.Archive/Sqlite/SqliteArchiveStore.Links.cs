using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using ChatworkGuard.Archive.Verification;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.Archive.Sqlite;

/// <summary>The fast verify path: rows are encoded from their stored bytes in batches, without building records, and
/// the next batch is read on another core while this one is hashed.</summary>
public sealed partial class SqliteArchiveStore : IChainLinkSource
{
    private const int LinkBatch = 2048;

    async IAsyncEnumerable<ChainLink> IChainLinkSource.ReadLinksAsync(long roomId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var connection = await RunAsync(() => OpenSqliteConnectionAsync(cancellationToken));
        await using (connection)
        {
            using var statement = CreateLinkStatement(connection, roomId);
            var encoder = new RawRecordHasher(roomId);
            var current = new RawBatch(LinkBatch);
            var spare = new RawBatch(LinkBatch);
            var links = new ChainLink[LinkBatch];
            using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            Fill(encoder, statement, current);
            while (current.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var filling = current.Count == LinkBatch ? Task.Run(() => Fill(encoder, statement, spare), cancellationToken) : null;
                RawRecordHasher.Hash(sha256, current, links);
                for (var i = 0; i < current.Count; i++)
                {
                    yield return links[i];
                }

                if (filling is null)
                {
                    break;
                }

                await filling;
                (current, spare) = (spare, current);
            }
        }
    }

    private RawStatement CreateLinkStatement(SqliteConnection connection, long roomId) => Run(() =>
    {
        var statement = new RawStatement(connection, RawRecordHasher.Select);
        statement.Bind(1, roomId);
        return statement;
    });

    // Synchronous on purpose: spans over SQLite's row memory cannot cross an await.
    private int Fill(RawRecordHasher encoder, RawStatement statement, RawBatch batch) => Run(() => encoder.Fill(statement, batch));
}
