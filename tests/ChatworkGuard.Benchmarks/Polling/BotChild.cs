using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ChatworkGuard.Bot.Cli;

namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>
/// The real bot, `dotnet chatwork-guard.dll run`, as a child process configured only through environment
/// variables (the build output beside this benchmark holds it, as a referenced project, with its runtimeconfig).
/// </summary>
internal sealed class BotChild : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private BotChild(Process process) => _process = process;

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Every line the bot printed (stdout and stderr interleaved).</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    /// <summary>Starts the bot in <paramref name="workingDirectory"/> with <paramref name="environment"/> and a free loopback port;
    /// <paramref name="botDll"/> replaces the build beside the benchmark (e.g. a ReadyToRun publish).</summary>
    public static BotChild Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, string? botDll = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(botDll is null ? typeof(ChatworkGuardCommandLine).Assembly.Location : Path.GetFullPath(botDll));
        start.ArgumentList.Add("run");
        // Nothing of the caller's environment may configure the bot by accident.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("CHATWORKGUARD_", StringComparison.Ordinal) || k.Contains("__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["Urls"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort()}");
        start.Environment["Management__Urls"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort()}");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var bot = new BotChild(process);
        process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Throws with the bot's last lines when it has exited on its own.</summary>
    public void ThrowIfExited(string during)
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The bot exited with code {_process.ExitCode} during {during}. Its last lines:\n{string.Join('\n', Lines.TakeLast(30))}"));
        }
    }

    /// <summary>SIGTERM, as docker stop and systemd send it, then waits for the exit; SIGKILL after <paramref name="timeout"/>.
    /// Returns the exit code, or null when it had to be killed.</summary>
    public async Task<int?> StopAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_process.HasExited)
        {
            return _process.ExitCode;
        }

        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!)
        {
            await kill.WaitForExitAsync(cancellationToken);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(cancellationToken);
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }
}
