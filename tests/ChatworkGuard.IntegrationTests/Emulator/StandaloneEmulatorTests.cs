using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

/// <summary>The standalone app as README runs it, as a real process.</summary>
public sealed partial class StandaloneEmulatorTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Run_SeedsTheDemoWorldAndPrintsOneLinePerAccount()
    {
        using var process = Start("--urls", "http://127.0.0.1:0", "--Emulator:RequestsPerWindow=50");
        try
        {
            var lines = await ReadUntilAsync(process, line => line.StartsWith("control ", StringComparison.Ordinal));

            var accounts = lines.Select(l => AccountLine().Match(l)).Where(m => m.Success).ToList();
            Assert.Equal(["Aiko Sato (freelancer)", "Kenji Tanaka (client)", "ChatworkGuard"], accounts.Select(m => m.Groups["name"].Value));
            var api = new Uri(lines.Single(l => l.StartsWith("api ", StringComparison.Ordinal))[4..]);
            var roomId = lines.Single(l => l.StartsWith("room ", StringComparison.Ordinal)).Split(' ')[1];
            using var http = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(api.AbsoluteUri + $"/rooms/{roomId}/messages?force=1"));
            request.Headers.Add("X-ChatWorkToken", accounts[2].Groups["token"].Value);
            using var response = await http.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("50", EmulatorApi.Header(response, "x-ratelimit-limit"));
            Assert.Equal(2, (await EmulatorApi.JsonAsync(response)).GetArrayLength());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Run_InvalidSwitch_ExitsWithCode2AndSaysWhy()
    {
        using var process = Start("--urls", "http://127.0.0.1:0", "--Emulator:LostRoomStatusCode=500");
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Generous);

        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("LostRoomStatusCode must be 400, 403 or 404 (was 500)", await error, StringComparison.Ordinal);
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChatworkGuard.Emulator.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("Could not start the emulator process.");
    }

    private static async Task<List<string>> ReadUntilAsync(Process process, Func<string, bool> last)
    {
        using var timeout = new CancellationTokenSource(Generous);
        var lines = new List<string>();
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException("The emulator exited early: " + string.Join("\n", lines) + await process.StandardError.ReadToEndAsync());
            lines.Add(line);
            if (last(line))
            {
                return lines;
            }
        }
    }

    [GeneratedRegex("^account (?<id>[0-9]+) (?<name>.+) token (?<token>[0-9a-f]{32})$")]
    private static partial Regex AccountLine();
}
