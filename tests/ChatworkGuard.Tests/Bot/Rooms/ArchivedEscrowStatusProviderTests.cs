using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.Policy.Escrow;

namespace ChatworkGuard.Tests.Bot.Rooms;

public sealed class ArchivedEscrowStatusProviderTests
{
    private static readonly DateTimeOffset At = new(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Describe_States_ReadAsTheTeamLeadWouldSayThem()
    {
        var initial = EscrowState.Initial(1);
        var reminded = initial.Reminded(At).Reminded(At);

        Assert.Equal("unknown", ArchivedEscrowStatusProvider.Describe(initial));
        Assert.Equal("reminded 2×", ArchivedEscrowStatusProvider.Describe(reminded));
        Assert.Equal("confirmed", ArchivedEscrowStatusProvider.Describe(reminded.Confirmed(7, At)));
        Assert.Equal("unknown (milestone M2)", ArchivedEscrowStatusProvider.Describe(reminded.Confirmed(7, At).NextMilestone("M2")));
    }
}
