namespace ChatworkGuard.Tests.Archive.Postgres;

/// <summary>Marks a test class whose <see cref="StoreFactAttribute"/> tests need the PostgreSQL server.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;
