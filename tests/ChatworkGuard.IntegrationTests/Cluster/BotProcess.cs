using System.Collections.Concurrent;
using System.Diagnostics;

namespace ChatworkGuard.IntegrationTests.Cluster;

/// <summary>One `chatwork-guard run` child process (the built dll under artifacts/), its output kept for diagnostics.</summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private BotProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Every line the process printed so far (stdout and stderr).</summary>
    public string Output => string.Join('\n', _output);

    public static BotProcess Start(string name, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { BotDll, "run" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(BotDll)!,
        };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        var bot = new BotProcess(name, process);
        process.OutputDataReceived += (_, e) => bot.Add(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>SIGKILL: no shutdown hooks, no graceful release of locks or the Quartz check-in row.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    /// <summary>artifacts/bin/ChatworkGuard.Bot/debug/chatwork-guard.dll under the folder holding Bot.sln.</summary>
    private static string BotDll
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
                {
                    var dll = Path.Combine(dir.FullName, "artifacts", "bin", "ChatworkGuard.Bot", "debug", "chatwork-guard.dll");
                    return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the bot first (dotnet build Bot.sln).", dll);
                }
            }

            throw new DirectoryNotFoundException("No Bot.sln above " + AppContext.BaseDirectory);
        }
    }
}
