using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatworkGuard.Bot.Configuration;

/// <summary>
/// How the bot registers a configuration section: bound from its section and validated when the host starts, so a bad
/// value stops the start (and shows in `check-config`) together with every other problem instead of failing a later read.
/// </summary>
internal static class SectionOptionsServiceCollectionExtensions
{
    /// <summary>Binds <typeparamref name="TOptions"/> to <paramref name="sectionName"/>; its DataAnnotations attributes
    /// are checked at start.</summary>
    public static OptionsBuilder<TOptions> AddSectionOptions<TOptions>(this IServiceCollection services, string sectionName)
        where TOptions : class =>
        services.AddOptions<TOptions>().BindConfiguration(sectionName).ValidateDataAnnotations().ValidateOnStart();

    /// <summary>Binds <typeparamref name="TOptions"/> to <paramref name="sectionName"/>; its DataAnnotations attributes, then
    /// <typeparamref name="TValidator"/>, are checked at start.</summary>
    public static OptionsBuilder<TOptions> AddSectionOptions<TOptions, TValidator>(this IServiceCollection services, string sectionName)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        var options = services.AddSectionOptions<TOptions>(sectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return options;
    }
}
