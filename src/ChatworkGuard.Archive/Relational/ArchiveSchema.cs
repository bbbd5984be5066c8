namespace ChatworkGuard.Archive.Relational;

/// <summary>The archive's tables, written once for both databases: a dialect supplies its column types
/// (<see cref="SchemaTypes"/>) and the statements only it can write (triggers, its own later steps).</summary>
/// <remarks>Steps are forward-only: once released, a step's statements must produce the same schema for ever.</remarks>
internal static class ArchiveSchema
{
    public static string CreateMigrationsTable(SchemaTypes types) =>
        $"CREATE TABLE IF NOT EXISTS archive_schema_migrations (version {types.Integer} PRIMARY KEY, name {types.Text} NOT NULL, applied_at_ms {types.BigInteger} NOT NULL)";

    /// <summary>Steps 1 to 3, the same in both databases except for <paramref name="appendOnlyTriggers"/>, which step 1
    /// adds after its tables (how a dialect refuses UPDATE and DELETE on records and moves heads forward only).</summary>
    public static IReadOnlyList<ArchiveMigration> CommonSteps(SchemaTypes types, string appendOnlyTriggers) =>
    [
        new(1, "records, chain heads, append-only triggers", $"""
            CREATE TABLE archive_records (
                room_id         {types.BigInteger} NOT NULL,
                seq             {types.BigInteger} NOT NULL,
                kind            {types.Text} NOT NULL,
                message_id      {types.Text},
                account_id      {types.BigInteger},
                account_name    {types.Text},
                body            {types.Text},
                send_time       {types.BigInteger},
                update_time     {types.BigInteger},
                observed_at_ms  {types.BigInteger} NOT NULL,
                source          {types.Text} NOT NULL,
                details         {types.Text},
                idempotency_key {types.Text},
                prev_hash       {types.Bytes} NOT NULL,
                hash            {types.Bytes} NOT NULL,
                PRIMARY KEY (room_id, seq)
            );
            CREATE UNIQUE INDEX archive_records_idempotency ON archive_records (room_id, idempotency_key)
                WHERE idempotency_key IS NOT NULL;
            CREATE INDEX archive_records_message ON archive_records (room_id, message_id, seq)
                WHERE message_id IS NOT NULL;
            CREATE TABLE archive_chain_heads (
                room_id {types.BigInteger} PRIMARY KEY,
                seq     {types.BigInteger} NOT NULL,
                hash    {types.Bytes} NOT NULL
            );
            {appendOnlyTriggers}
            """),
        new(2, "sync and action cursors (bot state beside the archive, outside the chains)", $"""
            CREATE TABLE sync_cursors (
                room_id          {types.BigInteger} PRIMARY KEY,
                last_update_time {types.BigInteger} NOT NULL,
                message_num      {types.Integer} NOT NULL,
                read_at_ms       {types.BigInteger} NOT NULL
            );
            CREATE TABLE action_cursors (
                room_id    {types.BigInteger} PRIMARY KEY,
                acted_seq  {types.BigInteger} NOT NULL
            );
            """),
        new(3, "an index of message versions by send time, so a window reads only what it can see", $"""
            CREATE INDEX archive_records_sent ON archive_records (room_id, send_time)
                WHERE {ArchiveSql.MessageKinds};
            """),
    ];

    /// <summary>Step 5 in both databases, after each dialect's own step 4: an index of the records that are not message
    /// versions, so the bot rebuilds a room's state (joins, profile, escrow, warnings, files) without reading its
    /// messages. Built inside the migration's transaction, like step 3.</summary>
    public static ArchiveMigration EventIndexStep { get; } = new(5, "an index of the records that are not message versions", $"""
        CREATE INDEX archive_records_events ON archive_records (room_id, seq)
            WHERE {ArchiveSql.EventKinds};
        """);

    /// <summary>Step 6 in both databases: the records whose actions completed after their room's action cursor, so the
    /// cursor moves only over done work when several instances act on one room, and a record an instance archived but
    /// died before acting on stays pending for the next start (a cursor alone, moved by a later record, passed it).</summary>
    public static ArchiveMigration ActionMarksStep(SchemaTypes types) => new(6, "records acted on after their room's action cursor", $"""
        CREATE TABLE action_marks (
            room_id {types.BigInteger} NOT NULL,
            seq     {types.BigInteger} NOT NULL,
            PRIMARY KEY (room_id, seq)
        );
        """);
}

/// <summary>How a dialect spells the archive's column types.</summary>
/// <param name="Integer">A 32-bit integer.</param>
/// <param name="BigInteger">A 64-bit integer.</param>
/// <param name="Text">Unbounded text.</param>
/// <param name="Bytes">A byte string (hashes).</param>
internal sealed record SchemaTypes(string Integer, string BigInteger, string Text, string Bytes);
