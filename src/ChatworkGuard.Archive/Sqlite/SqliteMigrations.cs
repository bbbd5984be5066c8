namespace ChatworkGuard.Archive.Sqlite;

/// <summary>The SQLite schema, as forward-only versioned steps.</summary>
internal static class SqliteMigrations
{
    public const string CreateMigrationsTable =
        "CREATE TABLE IF NOT EXISTS archive_schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at_ms INTEGER NOT NULL)";

    public static IReadOnlyList<ArchiveMigration> All { get; } =
    [
        new(1, "records, chain heads, append-only triggers", """
            CREATE TABLE archive_records (
                room_id         INTEGER NOT NULL,
                seq             INTEGER NOT NULL,
                kind            TEXT    NOT NULL,
                message_id      TEXT,
                account_id      INTEGER,
                account_name    TEXT,
                body            TEXT,
                send_time       INTEGER,
                update_time     INTEGER,
                observed_at_ms  INTEGER NOT NULL,
                source          TEXT    NOT NULL,
                details         TEXT,
                idempotency_key TEXT,
                prev_hash       BLOB    NOT NULL,
                hash            BLOB    NOT NULL,
                PRIMARY KEY (room_id, seq)
            );
            CREATE UNIQUE INDEX archive_records_idempotency ON archive_records (room_id, idempotency_key)
                WHERE idempotency_key IS NOT NULL;
            CREATE INDEX archive_records_message ON archive_records (room_id, message_id, seq)
                WHERE message_id IS NOT NULL;
            CREATE TABLE archive_chain_heads (
                room_id INTEGER PRIMARY KEY,
                seq     INTEGER NOT NULL,
                hash    BLOB    NOT NULL
            );
            CREATE TRIGGER archive_records_refuse_update BEFORE UPDATE ON archive_records
            BEGIN SELECT RAISE(ABORT, 'archive_records is append-only: UPDATE refused'); END;
            CREATE TRIGGER archive_records_refuse_delete BEFORE DELETE ON archive_records
            BEGIN SELECT RAISE(ABORT, 'archive_records is append-only: DELETE refused'); END;
            CREATE TRIGGER archive_chain_heads_forward_only BEFORE UPDATE ON archive_chain_heads
                WHEN NEW.seq <= OLD.seq OR NEW.room_id <> OLD.room_id
            BEGIN SELECT RAISE(ABORT, 'archive_chain_heads only moves forward'); END;
            CREATE TRIGGER archive_chain_heads_refuse_delete BEFORE DELETE ON archive_chain_heads
            BEGIN SELECT RAISE(ABORT, 'archive_chain_heads is append-only: DELETE refused'); END;
            """),
        new(2, "sync and action cursors (bot state beside the archive, outside the chains)", """
            CREATE TABLE sync_cursors (
                room_id          INTEGER PRIMARY KEY,
                last_update_time INTEGER NOT NULL,
                message_num      INTEGER NOT NULL,
                read_at_ms       INTEGER NOT NULL
            );
            CREATE TABLE action_cursors (
                room_id    INTEGER PRIMARY KEY,
                acted_seq  INTEGER NOT NULL
            );
            """),
        new(3, "an index of message versions by send time, so a window reads only what it can see", """
            CREATE INDEX archive_records_sent ON archive_records (room_id, send_time)
                WHERE kind IN ('message-created', 'message-edited', 'message-deleted', 'conflict');
            """),
        // SQLite's INSERT OR REPLACE deletes the row it replaces without firing delete triggers (unless a connection
        // turns recursive_triggers on, which the bot does but another tool need not): refuse a second record at a seq.
        new(4, "refuse INSERT OR REPLACE over an archived record", """
            CREATE TRIGGER archive_records_refuse_replace BEFORE INSERT ON archive_records
                WHEN EXISTS (SELECT 1 FROM archive_records WHERE room_id = NEW.room_id AND seq = NEW.seq)
            BEGIN SELECT RAISE(ABORT, 'archive_records is append-only: a record already has this seq'); END;
            """),
    ];

    public static int LatestVersion => All[^1].Version;
}
