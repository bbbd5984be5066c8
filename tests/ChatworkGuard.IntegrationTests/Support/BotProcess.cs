using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using ChatworkGuard.Bot.Cli;

namespace ChatworkGuard.IntegrationTests.Support;

/// <summary>
/// The real `chatwork-guard` as a child process (`dotnet chatwork-guard.dll ...`, the build output beside the tests),
/// configured through environment variables, with every line it prints kept for the test to read.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    // Tests waiting for a line: each completes when a line containing its text is printed.
    private readonly ConcurrentDictionary<TaskCompletionSource<string>, string> _lineWaiters = new();

    private BotProcess(Process process, Uri url, Uri managementUrl)
    {
        _process = process;
        Url = url;
        ManagementUrl = managementUrl;
    }

    /// <summary>The bot's public address (webhooks).</summary>
    public Uri Url { get; }

    /// <summary>The bot's management address (/healthz, /readyz, /metrics), on a port of its own.</summary>
    public Uri ManagementUrl { get; }

    /// <summary>Every line printed so far (stdout and stderr interleaved).</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>The bot's build output: the tests' output folder holds it (a referenced project), with its runtimeconfig.</summary>
    public static string DllPath => typeof(ChatworkGuardCommandLine).Assembly.Location;

    /// <summary>Starts `chatwork-guard <paramref name="args"/>` in <paramref name="workingDirectory"/> with <paramref name="environment"/>.</summary>
    public static BotProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, int port, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Nothing of the test runner's environment may configure the bot by accident.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("CHATWORKGUARD_", StringComparison.Ordinal) || k.Contains("__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["Urls"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        var managementPort = FreePort.Many(2).First(p => p != port);
        start.Environment["Management__Urls"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{managementPort}");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var bot = new BotProcess(process, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/")),
            new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{managementPort}/")));
        process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Runs a short command (export, check-config) to its end and returns its exit code and lines.</summary>
    public static async Task<(int ExitCode, IReadOnlyList<string> Lines)> RunToEndAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        await using var process = Start(workingDirectory, environment, FreePort.Next(), args);
        var exit = await process.WaitForExitAsync(TimeSpan.FromMinutes(2));
        Assert.True(exit is not null, $"chatwork-guard {string.Join(' ', args)} did not end within 2 minutes");
        return (exit.Value, process.Lines);
    }

    /// <summary>The first line containing <paramref name="text"/>, as soon as the process prints it (a signal from the
    /// output reader, not a poll); fails when the process exits or <paramref name="timeout"/> passes first.</summary>
    public async Task<string> WaitForLineAsync(string text, TimeSpan timeout)
    {
        var printed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _lineWaiters[printed] = text;
        try
        {
            // Registered first, then checked: a line printed in between is caught by one or the other.
            if (FirstLine(text) is { } already)
            {
                return already;
            }

            using var expiry = new CancellationTokenSource(timeout);
            var exited = _process.WaitForExitAsync(expiry.Token);
            await Task.WhenAny(printed.Task, exited);
            if (printed.Task.IsCompleted || FirstLine(text) is not null)
            {
                return printed.Task.IsCompleted ? await printed.Task : FirstLine(text)!;
            }

            Assert.Fail(_process.HasExited
                ? $"the bot exited ({_process.ExitCode}) before printing \"{text}\":\n{Output}"
                : $"the bot did not print \"{text}\" within {timeout}:\n{Output}");
            return "";
        }
        finally
        {
            _lineWaiters.TryRemove(printed, out _);
        }
    }

    private string? FirstLine(string text) => _lines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal));

    /// <summary>Polls <paramref name="path"/> on the management address until it answers with <paramref name="status"/>; returns the body.</summary>
    public Task<string> WaitForStatusAsync(string path, HttpStatusCode status, TimeSpan timeout) =>
        WaitForAsync(path, (answered, _) => answered == status, timeout);

    /// <summary>Polls <paramref name="path"/> on the management address until <paramref name="done"/> accepts the answer; returns its body.</summary>
    public async Task<string> WaitForAsync(string path, Func<HttpStatusCode, string, bool> done, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        var last = "(no answer yet)";
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"the bot exited ({_process.ExitCode}) while the test waited for {path}:\n{string.Join('\n', Lines.TakeLast(40))}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(ManagementUrl, path));
                var body = await response.Content.ReadAsStringAsync();
                last = $"{(int)response.StatusCode}: {body}";
                if (done(response.StatusCode, body))
                {
                    return body;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // A slow answer on a loaded machine; ask again.
            }

            // Poll interval: the awaited fact is an HTTP answer from another process, which cannot signal us.
            await Task.Delay(200);
        }

        throw new TimeoutException($"{path} did not give the awaited answer within {timeout}; last answer {last}\n{string.Join('\n', Lines.TakeLast(40))}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no graceful release of locks or the Quartz check-in row.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    /// <summary>Every line printed so far, as one text (for assertion messages).</summary>
    public string Output => string.Join('\n', _lines);

    /// <summary>Sends SIGTERM, as `docker stop` and systemd do (Process.Kill would be SIGKILL).</summary>
    public void Terminate()
    {
        using var kill = Process.Start(new ProcessStartInfo("/bin/kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Waits for the process to end; null when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
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

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        foreach (var (waiter, text) in _lineWaiters)
        {
            if (line.Contains(text, StringComparison.Ordinal))
            {
                waiter.TrySetResult(line);
            }
        }
    }
}
