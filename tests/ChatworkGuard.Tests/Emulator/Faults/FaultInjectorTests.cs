using ChatworkGuard.Emulator;
using ChatworkGuard.Emulator.Faults;

namespace ChatworkGuard.Tests.Emulator.Faults;

public sealed class FaultInjectorTests
{
    [Fact]
    public void Next_SameSeed_ReplaysTheSameDecisions()
    {
        var options = new FaultOptions { Seed = 1234, ServerErrorRate = 0.3, CloseConnectionRate = 0.2 };

        var first = Decisions(options, 200);
        var second = Decisions(options, 200);

        Assert.Equal(first, second);
        Assert.Contains(first, d => d.StatusCode != 0);
        Assert.Contains(first, d => d.CloseConnection);
        Assert.Contains(first, d => d == FaultDecision.None);
    }

    [Fact]
    public void Next_Rates_AreRoughlyHonoured()
    {
        var decisions = Decisions(new FaultOptions { Seed = 5, ServerErrorRate = 0.25 }, 4000);

        var rate = decisions.Count(d => d.StatusCode >= 500) / 4000.0;

        Assert.InRange(rate, 0.2, 0.3);
        Assert.All(decisions.Where(d => d.StatusCode != 0), d => Assert.True(d.StatusCode is 500 or 502 or 503, $"unexpected {d.StatusCode}"));
    }

    [Fact]
    public void Next_Burst_ComesFirstThenNormalService()
    {
        var decisions = Decisions(new FaultOptions { TooManyRequestsBurst = 3 }, 5);

        Assert.Equal([429, 429, 429, 0, 0], decisions.Select(d => d.StatusCode));
    }

    [Fact]
    public void Next_CloseAfterNextPost_HitsOnlyTheFirstPost()
    {
        var injector = new FaultInjector();
        injector.Configure(new FaultOptions { CloseAfterNextPost = true });

        var get = injector.Next(isPost: false);
        var post = injector.Next(isPost: true);
        var secondPost = injector.Next(isPost: true);

        Assert.False(get.CloseConnection);
        Assert.True(post.CloseConnection);
        Assert.False(secondPost.CloseConnection);
    }

    [Fact]
    public void Configure_Null_TurnsFaultsOff()
    {
        var injector = new FaultInjector();
        injector.Configure(new FaultOptions { ServerErrorRate = 1, AddedLatency = TimeSpan.FromSeconds(1) });
        injector.Configure(null);

        Assert.Equal(FaultDecision.None, injector.Next(isPost: true));
        Assert.Null(injector.Current);
    }

    [Fact]
    public void Configure_Again_RestartsTheSequenceFromTheSeed()
    {
        var options = new FaultOptions { Seed = 9, ServerErrorRate = 0.5 };
        var injector = new FaultInjector();
        injector.Configure(options);
        var first = Enumerable.Range(0, 20).Select(_ => injector.Next(false)).ToList();

        injector.Configure(options);
        var again = Enumerable.Range(0, 20).Select(_ => injector.Next(false)).ToList();

        Assert.Equal(first, again);
    }

    private static List<FaultDecision> Decisions(FaultOptions options, int count)
    {
        var injector = new FaultInjector();
        injector.Configure(options);
        return [.. Enumerable.Range(0, count).Select(i => injector.Next(isPost: i % 3 == 0))];
    }
}
