using ChatworkGuard.Emulator;

namespace ChatworkGuard.IntegrationTests.Support;

/// <summary>
/// A temporary working folder for bot processes that are killed and started again on one SQLite archive, with the
/// environment that points them at an emulator; the folder is removed on dispose.
/// </summary>
internal sealed class BotProcessFolder : IDisposable
{
    private BotProcessFolder(string path) => Path = path;

    /// <summary>The working folder; the archive is <see cref="Database"/> in it.</summary>
    public string Path { get; }

    /// <summary>The SQLite archive every process started here shares.</summary>
    public string Database => System.IO.Path.Combine(Path, "guard.db");

    /// <summary>Creates an empty folder under the temp directory.</summary>
    public static BotProcessFolder Create(string prefix) => new(Directory.CreateTempSubdirectory(prefix).FullName);

    /// <summary>
    /// The environment of a bot that reads <paramref name="emulator"/> as <paramref name="bot"/> into
    /// <see cref="Database"/>, syncing every second with the rate limit out of the way; <paramref name="settings"/> adds
    /// to it or overrides it.
    /// </summary>
    public Dictionary<string, string> Environment(ChatworkEmulator emulator, EmulatedAccount bot, params (string Key, string Value)[] settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["Chatwork__ApiToken"] = bot.Token,
            ["Chatwork__BaseUrl"] = emulator.BaseUrl.ToString(),
            ["Chatwork__RequestsPerWindow"] = "100000",
            ["Storage__ConnectionString"] = $"Data Source={Database}",
            ["Sync__Interval"] = "00:00:01",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        return environment;
    }

    public void Dispose()
    {
        // SQLite's pool keeps the file open after the last connection closes; release it before deleting.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
