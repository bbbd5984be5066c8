using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatworkGuard.Archive;

/// <summary>Registers the archive: <c>builder.Services.AddArchive()</c>.</summary>
public static class ArchiveServiceCollectionExtensions
{
    /// <summary>Binds and validates the <c>Storage</c> section, registers <see cref="IArchiveStore"/> (and its <see cref="ISyncCursorStore"/>) and the <see cref="IBlobStore"/> for archived files as a singleton for
    /// the configured provider, and creates or migrates the schema when the host starts.</summary>
    public static IServiceCollection AddArchive(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptionsWithValidateOnStart<StorageOptions, StorageOptionsValidator>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IArchiveStore>(provider => ArchiveStoreFactory.Create(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            readOnly: false,
            provider.GetRequiredService<TimeProvider>()));
        // Both stores keep the sync cursors in the archive's database (see ISyncCursorStore).
        services.TryAddSingleton(provider => (ISyncCursorStore)provider.GetRequiredService<IArchiveStore>());
        services.TryAddSingleton(provider => BlobStoreFactory.Create(provider.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddHostedService<ArchiveInitializer>();
        return services;
    }
}
