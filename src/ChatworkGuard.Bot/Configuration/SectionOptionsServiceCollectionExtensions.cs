namespace ChatworkGuard.Bot.Configuration;

/// <summary>
/// How the bot registers a configuration section: bound from its section and validated when the host starts, so a bad
/// value stops the start (and shows in `check-config`) together with every other problem instead of failing a later read.
/// </summary>
internal static class SectionOptionsServiceCollectionExtensions
{
    /// <summary>Binds <typeparamref name="TOptions"/> to <paramref name="sectionName"/>, validated at start.</summary>
    public static OptionsBuilder<TOptions> AddSectionOptions<TOptions>(this IServiceCollection services, string sectionName)
        where TOptions : class =>
        services.AddOptions<TOptions>().BindConfiguration(sectionName).ValidateOnStart();

    /// <summary>Binds <typeparamref name="TOptions"/> to <paramref name="sectionName"/>, validated at start by
    /// <typeparamref name="TValidator"/>.</summary>
    public static OptionsBuilder<TOptions> AddSectionOptions<TOptions, TValidator>(this IServiceCollection services, string sectionName)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions> =>
        services.AddOptionsWithValidateOnStart<TOptions, TValidator>().BindConfiguration(sectionName);
}
