namespace ChatworkGuard.IntegrationTests.Cluster;

/// <summary>A fact that needs the PostgreSQL server: skipped, with the reason, when CHATWORKGUARD_TEST_POSTGRES is unset.</summary>
/// <remarks>Set but unreachable, the test fails: CI set it on purpose.</remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "CHATWORKGUARD_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (ConnectionString is null)
        {
            Skip = $"{Variable} is not set: no PostgreSQL server to test against. Start one with `bash .ci/postgres.sh` and export {Variable} to its output.";
        }
    }

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
