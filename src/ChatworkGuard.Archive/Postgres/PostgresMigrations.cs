namespace ChatworkGuard.Archive.Postgres;

/// <summary>The PostgreSQL schema, as forward-only versioned steps: the shared tables, PostgreSQL's triggers, its own
/// step 4 and the shared step 5.</summary>
internal static class PostgresMigrations
{
    private static readonly SchemaTypes Types = new("integer", "bigint", "text", "bytea");

    // Several bot instances may start at once: one migrates, the others wait here and then find nothing to do.
    public const string LockMigrations = "SELECT pg_advisory_xact_lock(hashtextextended('chatworkguard.archive.migrations', 0))";

    public static IReadOnlyList<ArchiveMigration> All { get; } =
    [
        .. ArchiveSchema.CommonSteps(Types, """
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
        // The blob store used to create its tables at its first write; a runtime role that owns nothing cannot, so the
        // migration does (IF NOT EXISTS: archives that already have them keep them).
        new(4, "archived file bytes (archive_blobs, archive_blob_chunks)", PostgresBlobStore.Schema),
        ArchiveSchema.EventIndexStep,
        ArchiveSchema.ActionMarksStep(Types),
    ];

    public static int LatestVersion => All[^1].Version;

    public static SchemaDialect Dialect { get; } = new(All, ArchiveSchema.CreateMigrationsTable(Types),
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ");
}
