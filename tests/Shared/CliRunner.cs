using System.CommandLine;
using System.Diagnostics;
using ChatworkGuard.Bot.Cli;

namespace ChatworkGuard.Testing;

/// <summary>Runs `chatwork-guard` in this process (fast) or as a real child process (for configuration and cwd).</summary>
internal static class CliRunner
{
    /// <summary>Runs the command line through its real entry point in this process, with captured output.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ChatworkGuardCommandLine.Build().Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs `dotnet chatwork-guard.dll` in <paramref name="workingDirectory"/> with <paramref name="environment"/> added.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(string workingDirectory, IDictionary<string, string> environment, params string[] args)
    {
        var dll = typeof(ChatworkGuardCommandLine).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
