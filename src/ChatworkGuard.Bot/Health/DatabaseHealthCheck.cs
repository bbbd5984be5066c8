namespace ChatworkGuard.Bot.Health;

/// <summary>Readiness: the archive's database answers a cheap indexed read.</summary>
internal sealed class DatabaseHealthCheck(IArchiveStore archive, IOptions<StorageOptions> storage) : IHealthCheck
{
    // No room has id 0: the lookup touches the database and the chain-head index, and reads nothing.
    private const long ProbeRoomId = 0;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["provider"] = storage.Value.Provider.ToString() };
        try
        {
            await archive.GetChainHeadAsync(ProbeRoomId, cancellationToken);
            return HealthCheckResult.Healthy("the archive database answers", data);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // No exception text: a driver's message names hosts, file paths and users, and /readyz is read by whoever can reach
            // the management port. The health-check service logs the exception itself for the operator.
            return HealthCheckResult.Unhealthy("the archive database does not answer (see the log)", error, data);
        }
    }
}
