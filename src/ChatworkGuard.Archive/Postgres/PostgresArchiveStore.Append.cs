using NpgsqlTypes;

namespace ChatworkGuard.Archive.Postgres;

/// <summary>Appends: per-room advisory locks (taken in room order, so two batches cannot deadlock), then one round
/// trip for idempotency keys, one for heads, a binary COPY for the records and an upsert per head.</summary>
public sealed partial class PostgresArchiveStore
{
    private const int MaxAttempts = 5;

    private protected override async Task<IReadOnlyList<AppendResult>> AppendNormalizedAsync(RecordDraft[] drafts, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteAsync(() => AppendOnceAsync(drafts, cancellationToken), cancellationToken);
            }
            // The advisory lock makes these unlikely; they can still come from a writer that does not take it.
            catch (PostgresException exception) when (attempt < MaxAttempts && exception.SqlState is "23505" or "40001" or "40P01")
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10 * attempt), cancellationToken);
            }
        }
    }

    private async Task<IReadOnlyList<AppendResult>> AppendOnceAsync(RecordDraft[] drafts, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var rooms = drafts.Select(d => d.RoomId).Distinct().Order().ToArray();
        await using (var lockRooms = new NpgsqlCommand(
            "SELECT pg_advisory_xact_lock(hashtextextended('chatworkguard.archive.room:' || r, 0)) FROM unnest(@rooms) AS r ORDER BY r",
            connection, transaction))
        {
            lockRooms.Parameters.AddWithValue("rooms", rooms);
            await lockRooms.ExecuteNonQueryAsync(cancellationToken);
        }

        var keys = drafts.Select(IdempotencyKeys.For).ToArray();
        var existing = await FindExistingAsync(connection, transaction, drafts, keys, cancellationToken);
        var heads = await ReadHeadsAsync(connection, transaction, rooms, cancellationToken);

        var results = new AppendResult[drafts.Length];
        var added = new List<(ArchiveRecord Record, string? Key)>(drafts.Length);
        var touched = new Dictionary<long, (long Sequence, ChainHash Hash)>();
        for (var i = 0; i < drafts.Length; i++)
        {
            var draft = drafts[i];
            var key = keys[i];
            if (key is not null && existing.TryGetValue((draft.RoomId, key), out var earlier))
            {
                results[i] = new AppendResult(earlier, Added: false);
                continue;
            }

            var head = heads.GetValueOrDefault(draft.RoomId, (0L, ChainHash.Zero));
            var record = HashChain.Seal(draft, head.Item1 + 1, head.Item2);
            heads[draft.RoomId] = (record.Sequence, record.Hash);
            touched[draft.RoomId] = (record.Sequence, record.Hash);
            if (key is not null)
            {
                existing[(draft.RoomId, key)] = record;
            }

            added.Add((record, key));
            results[i] = new AppendResult(record, Added: true);
        }

        if (added.Count > 0)
        {
            await CopyRecordsAsync(connection, added, cancellationToken);
            await using var upsert = new NpgsqlCommand(ArchiveSql.UpsertHead, connection, transaction);
            var room = upsert.Parameters.Add(new NpgsqlParameter<long>("room_id", NpgsqlDbType.Bigint));
            var seq = upsert.Parameters.Add(new NpgsqlParameter<long>("seq", NpgsqlDbType.Bigint));
            var hash = upsert.Parameters.Add(new NpgsqlParameter<byte[]>("hash", NpgsqlDbType.Bytea));
            foreach (var (roomId, head) in touched)
            {
                room.Value = roomId;
                seq.Value = head.Sequence;
                hash.Value = head.Hash.ToArray();
                await upsert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    private static async Task<Dictionary<(long RoomId, string Key), ArchiveRecord>> FindExistingAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        RecordDraft[] drafts,
        string?[] keys,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<(long RoomId, string Key), ArchiveRecord>();
        var keyed = Enumerable.Range(0, drafts.Length).Where(i => keys[i] is not null).ToArray();
        if (keyed.Length == 0)
        {
            return found;
        }

        await using var command = new NpgsqlCommand(
            "SELECT " + ArchiveSql.RecordColumns + ", r.room_id, r.idempotency_key FROM archive_records r " +
            "JOIN unnest(@rooms, @keys) AS k(room_id, key) ON r.room_id = k.room_id AND r.idempotency_key = k.key",
            connection, transaction);
        command.Parameters.AddWithValue("rooms", keyed.Select(i => drafts[i].RoomId).ToArray());
        command.Parameters.AddWithValue("keys", keyed.Select(i => keys[i]!).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var roomId = reader.GetInt64(13);
            var key = reader.GetString(14);
            found[(roomId, key)] = new RecordRowReader(roomId).Read(reader);
        }

        return found;
    }

    private static async Task<Dictionary<long, (long, ChainHash)>> ReadHeadsAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        long[] rooms,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT room_id, seq, hash FROM archive_chain_heads WHERE room_id = ANY(@rooms)", connection, transaction);
        command.Parameters.AddWithValue("rooms", rooms);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var heads = new Dictionary<long, (long, ChainHash)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var roomId = reader.GetInt64(0);
            heads[roomId] = ChainHeadRow.Read(reader, roomId, sequenceOrdinal: 1);
        }

        return heads;
    }

    private static async Task CopyRecordsAsync(NpgsqlConnection connection, List<(ArchiveRecord Record, string? Key)> added, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY archive_records (room_id, seq, kind, message_id, account_id, account_name, body, send_time, update_time, " +
            "observed_at_ms, source, details, idempotency_key, prev_hash, hash) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var (record, key) in added)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(record.RoomId, NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(record.Sequence, NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(record.Kind.ToWireName(), NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, record.MessageId, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, record.AccountId, NpgsqlDbType.Bigint, cancellationToken);
            await WriteNullableAsync(importer, record.AccountName, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, record.Body, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, record.SendTime, NpgsqlDbType.Bigint, cancellationToken);
            await WriteNullableAsync(importer, record.UpdateTime, NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(record.ObservedAt.ToUnixTimeMilliseconds(), NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(record.Source.ToWireName(), NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, record.Details, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, key, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(record.PreviousHash.ToArray(), NpgsqlDbType.Bytea, cancellationToken);
            await importer.WriteAsync(record.Hash.ToArray(), NpgsqlDbType.Bytea, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : class =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, type, cancellationToken);

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, long? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value.Value, type, cancellationToken);
}
