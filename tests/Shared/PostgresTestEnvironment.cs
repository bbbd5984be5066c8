namespace ChatworkGuard.Testing;

/// <summary>Where the PostgreSQL tests find their server: the CHATWORKGUARD_TEST_POSTGRES connection string.</summary>
/// <remarks>Unset: the tests are skipped and say why. Set but unreachable: they fail, because CI set it on purpose.</remarks>
internal static class PostgresTestEnvironment
{
    public const string Variable = "CHATWORKGUARD_TEST_POSTGRES";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string? SkipReason => ConnectionString is null
        ? $"{Variable} is not set: no PostgreSQL server to test against. Start one with `bash .ci/postgres.sh` and export {Variable} to its output."
        : null;
}
