namespace ChatworkGuard.Archive;

/// <summary>One forward-only schema step: applied once, in version order, never edited after release.</summary>
/// <param name="Version">1, 2, 3, …; recorded in archive_schema_migrations.</param>
/// <param name="Name">A short description kept beside the version.</param>
/// <param name="Sql">The statements, run in one transaction.</param>
internal sealed record ArchiveMigration(int Version, string Name, string Sql);
