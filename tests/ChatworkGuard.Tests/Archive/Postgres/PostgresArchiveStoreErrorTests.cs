using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Postgres;

namespace ChatworkGuard.Tests.Archive.Postgres;

/// <summary>Errors that need no server: they must name the server and never show the password.</summary>
public sealed class PostgresArchiveStoreErrorTests
{
    [Fact]
    public async Task InitializeAsync_UnreachableServer_SaysWhichServerWithoutThePassword()
    {
        await using var store = new PostgresArchiveStore(new PostgresArchiveStoreOptions
        {
            ConnectionString = "Host=127.0.0.1;Port=1;Username=guard;Password=s3cret-value;Database=guard;Timeout=3",
        });

        var exception = await Assert.ThrowsAsync<ArchiveStoreException>(() => store.InitializeAsync(CancellationToken.None));

        Assert.Contains("Cannot reach PostgreSQL at 127.0.0.1:1", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MalformedConnectionString_SaysWhatIsExpected()
    {
        var exception = Assert.Throws<ArchiveStoreException>(() =>
            new PostgresArchiveStore(new PostgresArchiveStoreOptions { ConnectionString = "Hots=db;;=" }));

        Assert.Contains("not a valid PostgreSQL connection string", exception.Message, StringComparison.Ordinal);
    }
}
