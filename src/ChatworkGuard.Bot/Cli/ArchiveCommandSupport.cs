using ChatworkGuard.Archive.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.Bot.Cli;

/// <summary>What `verify` and `export` share: opening the archive read-only, the console, the tool version.</summary>
internal static class ArchiveCommandSupport
{
    public static string ToolVersion { get; } =
        typeof(ArchiveCommandSupport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ArchiveCommandSupport).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>--db opens that SQLite file; without it, Storage from appsettings.json and the environment, as the bot
    /// reads it (without starting the host). Always read-only: checking evidence must never change it.</summary>
    public static IArchiveStore OpenStore(string? databasePath, out string description)
    {
        if (databasePath is not null)
        {
            var full = Path.GetFullPath(databasePath);
            description = full;
            return new SqliteArchiveStore(new SqliteArchiveStoreOptions
            {
                ConnectionString = new SqliteConnectionStringBuilder { DataSource = full }.ToString(),
                ReadOnly = true,
            });
        }

        var options = new StorageOptions();
        LoadConfiguration().GetSection(StorageOptions.SectionName).Bind(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new ArchiveStoreException("Storage:ConnectionString is empty. Set it in appsettings.json, or pass --db PATH to a SQLite archive.");
        }

        var store = ArchiveStoreFactory.Create(options, readOnly: true);
        description = store.Location;
        return store;
    }

    /// <summary>The archived files' blob store that belongs to the archive <see cref="OpenStore"/> opens: beside the --db
    /// file, or Storage from configuration (Storage:BlobPath, or the PostgreSQL database). Only read from.</summary>
    public static IBlobStore OpenBlobs(string? databasePath)
    {
        if (databasePath is not null)
        {
            return new FileSystemBlobStore(BlobStoreFactory.DirectoryFor(new StorageOptions
            {
                ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(databasePath) }.ToString(),
            }));
        }

        var options = new StorageOptions();
        LoadConfiguration().GetSection(StorageOptions.SectionName).Bind(options);
        return BlobStoreFactory.Create(options);
    }

    /// <summary>The room's platform from Rooms:Profiles, else Rooms:DefaultPlatform (only when reading configuration).</summary>
    public static string? ConfiguredPlatform(long roomId)
    {
        var configuration = LoadConfiguration();
        return configuration[$"Rooms:Profiles:{roomId}:Platform"] ?? configuration["Rooms:DefaultPlatform"];
    }

    /// <summary>What Rooms:Profiles configures for <paramref name="roomId"/>; null when the room has no entry.</summary>
    public static ConfiguredRoomProfile? ConfiguredProfile(long roomId)
    {
        var section = LoadConfiguration().GetSection($"Rooms:Profiles:{roomId}");
        if (!section.Exists())
        {
            return null;
        }

        static long[] Ids(IConfigurationSection ids) =>
            [.. ids.GetChildren().Select(c => long.TryParse(c.Value, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0)];
        return new ConfiguredRoomProfile(section["Platform"], Ids(section.GetSection("ContractorAccountIds")), Ids(section.GetSection("ClientAccountIds")));
    }

    public static IAnsiConsole CreateConsole(TextWriter output)
    {
        var isTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            // Logs and pipes: keep each result on one line (a 64-digit hash would wrap at the default 80 columns).
            console.Profile.Width = 400;
        }

        return console;
    }

    // Mirrors BotHost: appsettings.json from the working directory (else beside the binary), then the environment,
    // unprefixed and with the CHATWORKGUARD_ prefix.
    public static IConfigurationRoot LoadConfiguration()
    {
        var cwd = Directory.GetCurrentDirectory();
        var root = File.Exists(Path.Combine(cwd, "appsettings.json")) ? cwd : AppContext.BaseDirectory;
        return new ConfigurationBuilder()
            .SetBasePath(root)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddEnvironmentVariables(BotHost.EnvironmentPrefix)
            .Build();
    }
}
