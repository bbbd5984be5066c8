using ChatworkGuard.Bot.Sync;
using ChatworkGuard.Chatwork;
using ChatworkGuard.Chatwork.Budget;
using ChatworkGuard.Tests.Bot.Health;

namespace ChatworkGuard.Tests.Bot.Sync;

public sealed class UrgentReadShareTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new();
    private readonly ApiBudget _budget;
    private readonly UrgentReadShare _share;

    public UrgentReadShareTests()
    {
        var chatwork = new ChatworkOptions();
        _budget = new ApiBudget(chatwork, _clock);
        // 300 requests per 5 minutes × 0.2: 12 per minute, at most one minute's worth held.
        _share = new UrgentReadShare(new BudgetShareRate(() => _budget.State.Limit, new FixedMonitor<ChatworkOptions>(chatwork)), new FixedMonitor<SyncOptions>(new SyncOptions { UrgentShare = 0.2 }), _clock);
    }

    public void Dispose() => _budget.Dispose();

    // 20 joins (cost 4) and one ordinary changed room (cost 0), in the planner's order.
    private static readonly IReadOnlyList<int> Ranked = [.. Enumerable.Repeat(UrgentReadShare.JoinCost, 20), 0];

    [Fact]
    public void Admit_FirstCycleOfAProcess_TakesEveryRoom()
    {
        Assert.Equal(21, _share.Admit(Ranked, cost => cost, anyJoined: true).Count);
    }

    [Fact]
    public void Admit_LaterCycles_JoinsOnlyWithinTheShareAndKeepsTheOtherRooms()
    {
        _share.Admit<int>([], cost => cost, anyJoined: true);

        var now = _share.Admit(Ranked, cost => cost, anyJoined: true);
        var soon = _share.Admit(Ranked, cost => cost, anyJoined: true);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var minuteLater = _share.Admit(Ranked, cost => cost, anyJoined: true);

        Assert.Equal((3, 1), (now.Count(c => c > 0), now.Count(c => c == 0)));
        Assert.Equal((0, 1), (soon.Count(c => c > 0), soon.Count(c => c == 0)));
        Assert.Equal(3, minuteLater.Count(c => c > 0));
    }

    [Fact]
    public void Admit_BeforeAnyRoomIsJoined_TakesEveryRoom()
    {
        _share.Admit<int>([], cost => cost, anyJoined: false);

        Assert.Equal(21, _share.Admit(Ranked, cost => cost, anyJoined: false).Count);
    }
}
