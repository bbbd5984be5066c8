namespace ChatworkGuard.Archive.Sqlite;

/// <summary>The SQLite schema, as forward-only versioned steps: the shared tables, SQLite's triggers, its own step 4 and the shared
/// step 5.</summary>
internal static class SqliteMigrations
{
    private static readonly SchemaTypes Types = new("INTEGER", "INTEGER", "TEXT", "BLOB");

    public static IReadOnlyList<ArchiveMigration> All { get; } =
    [
        .. ArchiveSchema.CommonSteps(Types, """
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
        // SQLite's INSERT OR REPLACE deletes the row it replaces without firing delete triggers (unless a connection
        // turns recursive_triggers on, which the bot does but another tool need not): refuse a second record at a seq.
        new(4, "refuse INSERT OR REPLACE over an archived record", """
            CREATE TRIGGER archive_records_refuse_replace BEFORE INSERT ON archive_records
                WHEN EXISTS (SELECT 1 FROM archive_records WHERE room_id = NEW.room_id AND seq = NEW.seq)
            BEGIN SELECT RAISE(ABORT, 'archive_records is append-only: a record already has this seq'); END;
            """),
        ArchiveSchema.EventIndexStep,
        ArchiveSchema.ActionMarksStep(Types),
    ];

    public static int LatestVersion => All[^1].Version;

    public static SchemaDialect Dialect { get; } = new(All, ArchiveSchema.CreateMigrationsTable(Types),
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ");
}
