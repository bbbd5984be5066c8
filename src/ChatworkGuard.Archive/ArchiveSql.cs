namespace ChatworkGuard.Archive;

/// <summary>SQL shared by both stores: the table and column names are the same in SQLite and PostgreSQL.</summary>
internal static class ArchiveSql
{
    /// <summary>The record columns in the order <see cref="RecordRowReader"/> reads them.</summary>
    public const string RecordColumns =
        "seq, kind, message_id, account_id, account_name, body, send_time, update_time, observed_at_ms, source, details, prev_hash, hash";

    public const string InsertRecord =
        "INSERT INTO archive_records (room_id, seq, kind, message_id, account_id, account_name, body, send_time, update_time, " +
        "observed_at_ms, source, details, idempotency_key, prev_hash, hash) VALUES (@room_id, @seq, @kind, @message_id, " +
        "@account_id, @account_name, @body, @send_time, @update_time, @observed_at_ms, @source, @details, @idempotency_key, " +
        "@prev_hash, @hash)";

    public const string SelectByIdempotencyKey =
        "SELECT " + RecordColumns + " FROM archive_records WHERE room_id = @room_id AND idempotency_key = @key";

    public const string SelectHead = "SELECT seq, hash FROM archive_chain_heads WHERE room_id = @room_id";

    public const string UpsertHead =
        "INSERT INTO archive_chain_heads (room_id, seq, hash) VALUES (@room_id, @seq, @hash) " +
        "ON CONFLICT (room_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash";

    public const string SelectRoom =
        "SELECT " + RecordColumns + " FROM archive_records WHERE room_id = @room_id AND seq >= @from ORDER BY seq";

    /// <summary>The lowest and highest seq observed in [@from, @to), and the room's earliest and latest observed_at_ms:
    /// one pass over the room's rows inside the database.</summary>
    public const string ObservedRange =
        "SELECT MIN(CASE WHEN observed_at_ms >= @from AND observed_at_ms < @to THEN seq END), " +
        "MAX(CASE WHEN observed_at_ms >= @from AND observed_at_ms < @to THEN seq END), " +
        "MIN(observed_at_ms), MAX(observed_at_ms) FROM archive_records WHERE room_id = @room_id";

    public const string ListRooms =
        "SELECT room_id FROM archive_chain_heads UNION SELECT room_id FROM archive_records ORDER BY 1";

    /// <summary>The records that are not message versions (joins, snapshots, warnings, escrow, files, checkpoints …), as the
    /// partial index archive_records_events names them: a query repeats this text so that the database uses the index.</summary>
    public const string EventKinds = "NOT (" + MessageKinds + ")";

    /// <summary>A room's records of <paramref name="kindCount"/> kinds (<see cref="KindParameter"/>), none of them a message
    /// kind, in [@from, @through], read through archive_records_events.</summary>
    public static string SelectRoomKinds(int kindCount) =>
        "SELECT " + RecordColumns + " FROM archive_records WHERE room_id = @room_id AND seq >= @from AND seq <= @through AND " +
        EventKinds + " AND kind IN (" + string.Join(", ", Enumerable.Range(0, kindCount).Select(KindParameter)) + ") ORDER BY seq";

    /// <summary>Per kind, the records of a room in [@from, @through] and their latest observed_at_ms, counted in the database.</summary>
    public const string TallyRoom =
        "SELECT kind, COUNT(*), MAX(observed_at_ms) FROM archive_records WHERE room_id = @room_id AND seq >= @from AND seq <= @through GROUP BY kind";

    /// <summary>The name of the <paramref name="index"/>th kind parameter of <see cref="SelectRoomKinds"/>.</summary>
    public static string KindParameter(int index) => "@kind" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The kinds that hold a message version (a <c>conflict</c> record holds the API's version where a webhook's
    /// claim was contradicted), as the partial index archive_records_sent names them: the text must match.</summary>
    public const string MessageKinds = "kind IN ('message-created', 'message-edited', 'message-deleted', 'conflict')";

    private const string VersionColumns = "message_id, seq, kind, account_id, body, send_time, update_time, source, observed_at_ms";

    /// <summary>
    /// Every archived version of the messages the query names (<c>@m0 …</c>, through archive_records_message) and of
    /// every message sent at or after <c>@since</c> (through archive_records_sent), each row flagged 0; plus, flagged 1,
    /// one message sent before <c>@since</c> with the latest send time. Each part reads only the rows it returns, so the
    /// cost follows the window, not the room's history. The whole room instead reads every message version.
    /// </summary>
    public static string MessageVersions(MessageVersionQuery query)
    {
        if (query.WholeRoom)
        {
            return $"SELECT 0, {VersionColumns} FROM archive_records WHERE room_id = @room_id AND {MessageKinds}";
        }

        var parts = new List<string>(3);
        if (query.MessageIds.Count > 0)
        {
            var ids = string.Join(", ", Enumerable.Range(0, query.MessageIds.Count).Select(MessageIdParameter));
            parts.Add($"SELECT 0, {VersionColumns} FROM archive_records WHERE room_id = @room_id AND message_id IN ({ids}) AND {MessageKinds}");
        }

        if (query.SentSince is not null)
        {
            parts.Add($"SELECT 0, {VersionColumns} FROM archive_records WHERE room_id = @room_id AND {MessageKinds} AND send_time >= @since");
            parts.Add($"SELECT * FROM (SELECT 1, {VersionColumns} FROM archive_records WHERE room_id = @room_id AND {MessageKinds} " +
                "AND send_time < @since ORDER BY send_time DESC LIMIT 1) earlier");
        }

        return string.Join(" UNION ALL ", parts);
    }

    /// <summary>The name of the <paramref name="index"/>th message id parameter of <see cref="MessageVersions"/>.</summary>
    public static string MessageIdParameter(int index) => "@m" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public const string SelectCursors = "SELECT room_id, last_update_time, message_num, read_at_ms FROM sync_cursors";

    /// <summary>One row of <see cref="SelectCursors"/>.</summary>
    public static SyncCursor ReadCursor(System.Data.Common.DbDataReader reader) =>
        new(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)));

    // Forward only: an older read (another instance that fell behind) leaves a newer cursor alone.
    public const string UpsertCursor = """
        INSERT INTO sync_cursors (room_id, last_update_time, message_num, read_at_ms)
        VALUES (@room_id, @last_update_time, @message_num, @read_at_ms)
        ON CONFLICT (room_id) DO UPDATE SET
            last_update_time = excluded.last_update_time,
            message_num = excluded.message_num,
            read_at_ms = excluded.read_at_ms
        WHERE sync_cursors.read_at_ms <= excluded.read_at_ms
        """;

    // Kind 0 is the room's action cursor, kind 1 a record done after it; one statement, so one snapshot of both.
    public const string SelectActionProgress = """
        SELECT 0, acted_seq FROM action_cursors WHERE room_id = @room_id
        UNION ALL
        SELECT 1, seq FROM action_marks WHERE room_id = @room_id
        """;

    // A room whose actions stalled holds a message record after its action cursor, archived before @archived_before,
    // that no instance marked done. One probe of the primary key per room with a cursor.
    public const string SelectRoomsWithStalledActions = $"""
        SELECT c.room_id FROM action_cursors c
        WHERE EXISTS (SELECT 1 FROM archive_records r
            WHERE r.room_id = c.room_id AND r.seq > c.acted_seq AND r.{MessageKinds} AND r.observed_at_ms < @archived_before
              AND NOT EXISTS (SELECT 1 FROM action_marks m WHERE m.room_id = r.room_id AND m.seq = r.seq))
        """;

    // The marks, then a first cursor for a room that has none (as far as these records), then the cursor moved over
    // every record up to the first message record without a mark (else up to the chain head), then the marks it
    // passed removed. The move reads records, marks and head in one statement: a record appended meanwhile is either
    // seen unmarked, which stops the move, or not seen and beyond the head it read.
    public static string CompleteActions(int markCount) => $"""
        {(markCount == 0 ? "" : "INSERT INTO action_marks (room_id, seq) VALUES " +
            string.Join(", ", Enumerable.Range(0, markCount).Select(i => $"(@room_id, @mark{i})")) + " ON CONFLICT DO NOTHING;")}
        {(markCount == 0 ? "" : "INSERT INTO action_cursors (room_id, acted_seq) VALUES (@room_id, @first) ON CONFLICT (room_id) DO NOTHING;")}
        INSERT INTO action_cursors (room_id, acted_seq)
        SELECT c.room_id, coalesce(
            (SELECT min(r.seq) - 1 FROM archive_records r
             WHERE r.room_id = c.room_id AND r.seq > c.acted_seq AND r.{MessageKinds}
               AND NOT EXISTS (SELECT 1 FROM action_marks m WHERE m.room_id = r.room_id AND m.seq = r.seq)),
            (SELECT h.seq FROM archive_chain_heads h WHERE h.room_id = c.room_id),
            c.acted_seq)
        FROM action_cursors c WHERE c.room_id = @room_id
        ON CONFLICT (room_id) DO UPDATE SET acted_seq = excluded.acted_seq
        WHERE action_cursors.acted_seq < excluded.acted_seq;
        DELETE FROM action_marks
        WHERE room_id = @room_id AND seq <= (SELECT acted_seq FROM action_cursors WHERE room_id = @room_id);
        """;

    public const string UpsertActionCursor = """
        INSERT INTO action_cursors (room_id, acted_seq) VALUES (@room_id, @acted_seq)
        ON CONFLICT (room_id) DO UPDATE SET acted_seq = excluded.acted_seq
        WHERE action_cursors.acted_seq < excluded.acted_seq
        """;
}
