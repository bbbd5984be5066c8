using ChatworkGuard.Bot.Cli;

namespace ChatworkGuard.Tests.Bot.Cli;

public sealed class HealthCommandTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8080", false, "http://127.0.0.1:8080/healthz")]
    [InlineData("http://0.0.0.0:8080", true, "http://127.0.0.1:8080/readyz")]
    [InlineData("http://+:9000;https://+:9443", false, "http://127.0.0.1:9000/healthz")]
    [InlineData("http://*:80/", false, "http://127.0.0.1/healthz")]
    [InlineData("http://[::]:8080", false, "http://127.0.0.1:8080/healthz")]
    [InlineData("http://localhost:5000", true, "http://localhost:5000/readyz")]
    [InlineData(null, false, "http://127.0.0.1:9090/healthz")]
    public void DefaultUrl_Urls_PointsAtTheLocalProbe(string? urls, bool ready, string expected) =>
        Assert.Equal(new Uri(expected), HealthCommand.DefaultUrl(urls, ready));

    [Fact]
    public async Task Health_NothingListening_ExitsOneWithTheReason()
    {
        var port = FreePort.Next();

        var (exit, _, error) = await CliRunner.RunAsync("health", "--url", $"http://127.0.0.1:{port}/healthz", "--timeout", "00:00:05");

        Assert.Equal(1, exit);
        Assert.Contains("did not answer", error, StringComparison.Ordinal);
    }
}
