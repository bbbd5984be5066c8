namespace ChatworkGuard.Bot.Configuration;

/// <summary>Reads an options section while the host is still being built, before options are validated at start.</summary>
/// <remarks>A value that cannot be bound is not reported here: ValidateOnStart reports it with every other problem, so
/// the caller keeps its default.</remarks>
internal static class UnvalidatedSection
{
    /// <summary>The section bound onto new <typeparamref name="TOptions"/>; null when a value cannot be bound.</summary>
    public static TOptions? TryBind<TOptions>(IConfiguration configuration, string sectionName)
        where TOptions : class, new()
    {
        var options = new TOptions();
        try
        {
            configuration.GetSection(sectionName).Bind(options);
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        return options;
    }
}
