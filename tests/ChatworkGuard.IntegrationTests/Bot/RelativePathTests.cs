using System.Diagnostics;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Support;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>
/// Relative paths (--db, --out, Storage:ConnectionString) resolve against the folder the user typed the command in,
/// whether the bot was started with `dotnet run --project` from the repository root (as README says) or as the built
/// binary; and the bot prints the full path of what it writes.
/// </summary>
public sealed class RelativePathTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string _directory = Path.GetFullPath(Directory.CreateTempSubdirectory("cwg-paths-").FullName);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }

    // A regression test: the Web SDK made `dotnet run` start the bot in src/ChatworkGuard.Bot, so the README's
    // `dotnet run --project src/ChatworkGuard.Bot -- demo` wrote data/demo inside the project folder.
    [Fact]
    public async Task DotnetRunResolvesARelativePathAgainstTheFolderTheCommandWasTypedIn()
    {
        var project = Path.Combine(RepositoryRoot(), "src", "ChatworkGuard.Bot");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "run", "--project", project, "--no-build", "-c", Configuration, "--", "verify", "--db", "relative.db" })
        {
            start.ArgumentList.Add(arg);
        }

        // `dotnet test` runs us with its own MSBuild settings in the environment; the child must find the SDK's own.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var printed = await stdout + await stderr;

        Assert.True(process.ExitCode == 2, $"verify of a missing archive should exit 2:\n{printed}");
        Assert.Contains($"There is no archive at {Path.Combine(_directory, "relative.db")}.", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunCreatesARelativeArchivePathInItsWorkingDirectoryAndPrintsTheFullPath()
    {
        await using var emulator = await ChatworkEmulator.StartAsync();
        var bot = emulator.Control.CreateAccount("ChatworkGuard");
        var environment = new Dictionary<string, string>
        {
            ["CHATWORKGUARD_Chatwork__ApiToken"] = bot.Token,
            ["CHATWORKGUARD_Chatwork__BaseUrl"] = emulator.BaseUrl.ToString(),
            ["CHATWORKGUARD_Storage__ConnectionString"] = "Data Source=data/guard.db",
        };
        var expected = Path.Combine(_directory, "data", "guard.db");

        await using var process = BotProcess.Start(_directory, environment, FreePort.Next(), "run");
        await process.WaitForLineAsync("Archive ready", TimeSpan.FromMinutes(2));

        process.Terminate();
        await process.WaitForExitAsync(TimeSpan.FromSeconds(30));

        // The console logger writes the message on the line after its category.
        Assert.Contains(process.Lines, l => l.Contains(expected, StringComparison.Ordinal));
        Assert.True(File.Exists(expected), $"no archive at {expected}:\n{process.Output}");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Bot.sln not found above the test output.");
    }
}
