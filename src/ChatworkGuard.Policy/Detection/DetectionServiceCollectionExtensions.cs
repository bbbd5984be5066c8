using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Policy.Detection;

/// <summary>Registers the detector and its options.</summary>
public static class DetectionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="Detector"/> (a singleton) with <see cref="DetectionOptions"/> bound from the <c>Detection</c>
    /// section and validated at start, so a bad rule stops the host with a message naming the rule.
    /// </summary>
    public static IServiceCollection AddDetection(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptionsWithValidateOnStart<DetectionOptions, DetectionOptionsValidator>()
            .BindConfiguration(DetectionOptions.SectionName)
            .ValidateDataAnnotations();
        services.TryAddSingleton(provider => Detector.Create(provider.GetRequiredService<IOptions<DetectionOptions>>().Value));
        return services;
    }
}
