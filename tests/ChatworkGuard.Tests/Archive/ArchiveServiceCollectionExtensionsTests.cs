using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Postgres;
using ChatworkGuard.Archive.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Tests.Archive;

public sealed class ArchiveServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddArchive_SqliteSettings_StartsTheHostWithAMigratedArchive()
    {
        using var directory = new TempDirectory();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = $"Data Source={directory.File("guard.db")}" });
        builder.Services.AddArchive();
        using var host = builder.Build();

        await host.StartAsync();
        var store = host.Services.GetRequiredService<IArchiveStore>();
        await store.AppendAsync(Drafts.Message(1, 1), CancellationToken.None);
        await host.StopAsync();

        Assert.IsType<SqliteArchiveStore>(store);
        Assert.True(File.Exists(directory.File("guard.db")));
        await store.DisposeAsync();
    }

    [Fact]
    public void AddArchive_PostgresProvider_RegistersThePostgresStore()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = "Host=127.0.0.1;Database=guard;Username=guard",
        }).Build());
        services.AddArchive();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<PostgresArchiveStore>(provider.GetRequiredService<IArchiveStore>());
    }

    [Theory]
    [InlineData("Sqlite", "", "Storage:ConnectionString is empty")]
    [InlineData("Sqlite", "Data Source=:memory:", "names no file for Sqlite")]
    [InlineData("Postgres", "Database=guard", "has no Host for Postgres")]
    public void AddArchive_BadSettings_FailValidationWithTheFix(string provider, string connectionString, string expected)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = connectionString,
        }).Build());
        services.AddArchive();
        using var serviceProvider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => serviceProvider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }
}
