using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Sqlite;
using ChatworkGuard.Bot.Health;
using ChatworkGuard.Tests.Archive;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Tests.Bot.Health;

public sealed class DatabaseHealthCheckTests
{
    private static DatabaseHealthCheck Check(IArchiveStore store) => new(store, Options.Create(new StorageOptions()));

    [Fact]
    public async Task CheckHealthAsync_SqliteArchiveOpens_IsHealthy()
    {
        using var directory = new TempDirectory();
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = "Data Source=" + directory.File("guard.db") });

        var result = await Check(store).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("Sqlite", result.Data["provider"]);
    }

    [Fact]
    public async Task CheckHealthAsync_ArchivePathIsADirectory_IsUnhealthyWithTheReason()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.File("guard.db"));
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = "Data Source=" + directory.File("guard.db") });

        var result = await Check(store).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("the archive database does not answer (see the log)", result.Description);
        // The description is served by /readyz: no path, no driver text. The exception goes to the log.
        Assert.DoesNotContain(directory.File("guard.db"), result.Description, StringComparison.Ordinal);
        Assert.NotNull(result.Exception);
    }
}
