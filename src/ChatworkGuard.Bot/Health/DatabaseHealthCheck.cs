using ChatworkGuard.Archive;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Bot.Health;

/// <summary>Readiness: the archive's database answers a cheap indexed read.</summary>
internal sealed class DatabaseHealthCheck : IHealthCheck
{
    // No room has id 0: the lookup touches the database and the chain-head index, and reads nothing.
    private const long ProbeRoomId = 0;

    private readonly IArchiveStore _archive;
    private readonly IOptions<StorageOptions> _storage;

    public DatabaseHealthCheck(IArchiveStore archive, IOptions<StorageOptions> storage)
    {
        _archive = archive;
        _storage = storage;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["provider"] = _storage.Value.Provider.ToString() };
        try
        {
            await _archive.GetChainHeadAsync(ProbeRoomId, cancellationToken);
            return HealthCheckResult.Healthy("the archive database answers", data);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The message only: a stack trace in a probe body helps nobody, and the connection string never appears in it.
            return HealthCheckResult.Unhealthy($"the archive database does not answer: {error.GetType().Name}: {error.Message}", data: data);
        }
    }
}
