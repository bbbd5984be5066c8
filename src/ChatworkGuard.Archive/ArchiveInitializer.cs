using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatworkGuard.Archive;

/// <summary>Opens the archive when the host starts, so a wrong path or an unreachable server stops the bot at once
/// with a message, instead of at the first message that should have been archived.</summary>
internal sealed class ArchiveInitializer(IArchiveStore store, IOptions<StorageOptions> options, ILogger<ArchiveInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        Log.ArchiveReady(logger, options.Value.Provider, store.Location);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
