namespace ChatworkGuard.Bot.Health;

/// <summary>Tags that decide which endpoint runs a health check.</summary>
internal static class HealthTags
{
    /// <summary>Checks /readyz runs; add a check with this tag to make readiness depend on it.</summary>
    public const string Ready = "ready";
}
