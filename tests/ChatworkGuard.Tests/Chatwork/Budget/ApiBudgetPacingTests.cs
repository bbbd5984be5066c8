using ChatworkGuard.Chatwork;
using ChatworkGuard.Chatwork.Budget;

namespace ChatworkGuard.Tests.Chatwork.Budget;

/// <summary>Reads spread over the window: a burst at once, the rest in step with the window's elapsed time.</summary>
public sealed class ApiBudgetPacingTests : IDisposable
{
    private static readonly ApiCall ReadCall = new(RequestPriority.Read);
    private static readonly ApiCall PostCall = new(RequestPriority.Post);

    private readonly FakeTimeProvider _time = new();

    // 100 per 100 s: reads may use 80 in a window, 20 of them (ReadBurst 0.25) at once.
    private readonly ApiBudget _budget;

    public ApiBudgetPacingTests() =>
        _budget = new ApiBudget(new ChatworkOptions { RequestsPerWindow = 100, Window = TimeSpan.FromSeconds(100), ReadBurst = 0.25 }, _time);

    public void Dispose() => _budget.Dispose();

    [Fact]
    public async Task AcquireAsync_ReadsBeyondTheBurst_WaitForTheirShareOfTheWindowWhilePostsGo()
    {
        for (var i = 0; i < 20; i++)
        {
            using var lease = await _budget.AcquireAsync(ReadCall);
        }

        var read = _budget.AcquireAsync(ReadCall).AsTask();
        using var post = await _budget.AcquireAsync(PostCall);

        Assert.False(read.IsCompleted, "the 21st read waits: only the burst is allowed at the window's start");
        Assert.True(post.IsAcquired);
        // 60 more reads over 100 s: the next one is due once 1/60 of the window has passed (~1.7 s).
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(read.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await read).IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_SteadyDemand_GetsTheReadCapSpreadOverTheWindow()
    {
        var granted = new List<TimeSpan>();
        var start = _time.GetUtcNow();
        var pending = Enumerable.Range(0, 80).Select(_ => _budget.AcquireAsync(ReadCall).AsTask()).ToList();
        for (var second = 0; second <= 100; second++)
        {
            foreach (var task in pending.Where(t => t.IsCompleted).ToList())
            {
                pending.Remove(task);
                granted.Add(_time.GetUtcNow() - start);
            }

            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Empty(pending);
        Assert.Equal(20, granted.Count(t => t == TimeSpan.Zero));
        // The other 60 come evenly: about 30 in each half of the window, none in a burst.
        Assert.InRange(granted.Count(t => t > TimeSpan.Zero && t <= TimeSpan.FromSeconds(50)), 28, 32);
        Assert.InRange(granted.Count(t => t > TimeSpan.FromSeconds(50)), 28, 32);
        Assert.True(granted.GroupBy(t => t).Where(g => g.Key > TimeSpan.Zero).All(g => g.Count() <= 2), "no second after the start grants more than its share");
    }
}
