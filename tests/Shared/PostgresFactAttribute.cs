namespace ChatworkGuard.Testing;

/// <summary>A fact that needs the PostgreSQL server: skipped, with the reason, when CHATWORKGUARD_TEST_POSTGRES is unset.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestEnvironment.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
