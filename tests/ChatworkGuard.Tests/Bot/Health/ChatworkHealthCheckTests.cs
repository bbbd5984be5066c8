using ChatworkGuard.Bot.Health;
using ChatworkGuard.Chatwork;
using ChatworkGuard.Chatwork.Budget;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatworkGuard.Tests.Bot.Health;

public sealed class ChatworkHealthCheckTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new();
    private readonly ChatworkCallStatus _calls;
    private readonly ApiBudget _budget;

    public ChatworkHealthCheckTests()
    {
        _calls = new ChatworkCallStatus(_clock);
        _budget = new ApiBudget(new ChatworkOptions { ApiToken = "t" }, _clock);
    }

    public void Dispose() => _budget.Dispose();

    private Task<HealthCheckResult> CheckAsync(int threshold = 3) =>
        new ChatworkHealthCheck(_calls, _budget, new FixedMonitor<HealthOptions>(new HealthOptions { ChatworkFailureThreshold = threshold }), _clock)
            .CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public async Task CheckHealthAsync_NoCallYet_IsHealthy()
    {
        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("no Chatwork call yet", result.Description);
        Assert.Equal(300, result.Data["budgetRemaining"]);
    }

    [Fact]
    public async Task CheckHealthAsync_LatestAnswer200_IsHealthyWithTheBudget()
    {
        _calls.Answered(200);

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("Chatwork answers (HTTP 200); 300 of 300 requests left in this window", result.Description);
        Assert.Equal(200, result.Data["lastStatus"]);
    }

    [Fact]
    public async Task CheckHealthAsync_TokenRejected_IsUnhealthyAtOnce()
    {
        _calls.Answered(401);

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("Chatwork:ApiToken", result.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "Degraded")]
    [InlineData(3, "Unhealthy")]
    public async Task CheckHealthAsync_FailuresInARow_DegradeThenFailAtTheThreshold(int failures, string expected)
    {
        _calls.Answered(200);
        for (var i = 0; i < failures; i++)
        {
            _calls.Failed(i % 2 == 0 ? "timeout" : "network error (ConnectionError)");
        }

        var result = await CheckAsync();

        Assert.Equal(Enum.Parse<HealthStatus>(expected), result.Status);
        Assert.Equal(failures, result.Data["consecutiveFailures"]);
    }

    [Fact]
    public async Task CheckHealthAsync_ServerErrorsCountAsFailuresAndOneGoodAnswerEndsTheStreak()
    {
        _calls.Answered(503);
        _calls.Answered(502);
        _calls.Answered(500);
        var down = await CheckAsync();
        _calls.Answered(429);
        var back = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, down.Status);
        Assert.Contains("HTTP 500", down.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, back.Status); // a 429 is Chatwork answering: reachable, just busy
    }

    [Fact]
    public async Task CheckHealthAsync_BudgetUsedUp_IsDegradedNotDown()
    {
        _calls.Answered(200);
        _budget.Observe(RateLimitHeaders.Parse("300", "0", _clock.GetUtcNow().AddSeconds(120).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal("the API budget is used up for 120 more seconds", result.Description);
    }
}
