namespace ChatworkGuard.Archive.Postgres;

/// <summary>The PostgreSQL schema, as forward-only versioned steps (same tables and columns as SQLite).</summary>
internal static class PostgresMigrations
{
    public const string CreateMigrationsTable =
        "CREATE TABLE IF NOT EXISTS archive_schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at_ms bigint NOT NULL)";

    // Several bot instances may start at once: one migrates, the others wait here and then find nothing to do.
    public const string LockMigrations = "SELECT pg_advisory_xact_lock(hashtextextended('chatworkguard.archive.migrations', 0))";

    public static IReadOnlyList<ArchiveMigration> All { get; } =
    [
        new(1, "records, chain heads, append-only triggers", """
            CREATE TABLE archive_records (
                room_id         bigint NOT NULL,
                seq             bigint NOT NULL,
                kind            text   NOT NULL,
                message_id      text,
                account_id      bigint,
                account_name    text,
                body            text,
                send_time       bigint,
                update_time     bigint,
                observed_at_ms  bigint NOT NULL,
                source          text   NOT NULL,
                details         text,
                idempotency_key text,
                prev_hash       bytea  NOT NULL,
                hash            bytea  NOT NULL,
                PRIMARY KEY (room_id, seq)
            );
            CREATE UNIQUE INDEX archive_records_idempotency ON archive_records (room_id, idempotency_key)
                WHERE idempotency_key IS NOT NULL;
            CREATE INDEX archive_records_message ON archive_records (room_id, message_id, seq)
                WHERE message_id IS NOT NULL;
            CREATE TABLE archive_chain_heads (
                room_id bigint PRIMARY KEY,
                seq     bigint NOT NULL,
                hash    bytea  NOT NULL
            );
            CREATE FUNCTION archive_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
            END $$;
            CREATE FUNCTION archive_chain_heads_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.seq <= OLD.seq OR NEW.room_id <> OLD.room_id THEN
                    RAISE EXCEPTION 'archive_chain_heads only moves forward';
                END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER archive_records_append_only BEFORE UPDATE OR DELETE ON archive_records
                FOR EACH ROW EXECUTE FUNCTION archive_refuse_change();
            CREATE TRIGGER archive_records_no_truncate BEFORE TRUNCATE ON archive_records
                FOR EACH STATEMENT EXECUTE FUNCTION archive_refuse_change();
            CREATE TRIGGER archive_chain_heads_forward_only BEFORE UPDATE ON archive_chain_heads
                FOR EACH ROW EXECUTE FUNCTION archive_chain_heads_forward_only();
            CREATE TRIGGER archive_chain_heads_no_delete BEFORE DELETE ON archive_chain_heads
                FOR EACH ROW EXECUTE FUNCTION archive_refuse_change();
            CREATE TRIGGER archive_chain_heads_no_truncate BEFORE TRUNCATE ON archive_chain_heads
                FOR EACH STATEMENT EXECUTE FUNCTION archive_refuse_change();
            """),
        new(2, "sync and action cursors (bot state beside the archive, outside the chains)", """
            CREATE TABLE sync_cursors (
                room_id          bigint  PRIMARY KEY,
                last_update_time bigint  NOT NULL,
                message_num      integer NOT NULL,
                read_at_ms       bigint  NOT NULL
            );
            CREATE TABLE action_cursors (
                room_id    bigint PRIMARY KEY,
                acted_seq  bigint NOT NULL
            );
            """),
        new(3, "an index of message versions by send time, so a window reads only what it can see", """
            CREATE INDEX archive_records_sent ON archive_records (room_id, send_time)
                WHERE kind IN ('message-created', 'message-edited', 'message-deleted', 'conflict');
            """),
    ];

    public static int LatestVersion => All[^1].Version;
}
