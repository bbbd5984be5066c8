namespace ChatworkGuard.Bot.Configuration;

/// <summary>The outcome of checking the configuration.</summary>
/// <param name="Effective">The effective settings per section (defaults filled in), secrets redacted.</param>
/// <param name="Problems">Everything that would stop `run`, each naming the setting and the fix; empty when valid.</param>
/// <param name="Warnings">Things `run` accepts but that are probably mistakes (unknown keys).</param>
internal sealed record ConfigurationReport(JsonObject Effective, IReadOnlyList<string> Problems, IReadOnlyList<string> Warnings)
{
    /// <summary>Whether `run` would start with this configuration.</summary>
    public bool IsValid => Problems.Count == 0;
}
