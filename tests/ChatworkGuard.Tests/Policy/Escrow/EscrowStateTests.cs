using ChatworkGuard.Policy.Escrow;

namespace ChatworkGuard.Tests.Policy.Escrow;

public sealed class EscrowStateTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Initial_IsUnknownAndNeedsReminder()
    {
        var state = EscrowState.Initial(42);

        Assert.Equal(EscrowStatus.Unknown, state.Status);
        Assert.True(state.NeedsReminder);
        Assert.Equal("1", state.Milestone);
    }

    [Fact]
    public void Reminded_CountsAndRecordsTime()
    {
        var state = EscrowState.Initial(42).Reminded(Noon).Reminded(Noon.AddDays(1));

        Assert.Equal(EscrowStatus.Reminded, state.Status);
        Assert.Equal(2, state.ReminderCount);
        Assert.Equal(Noon.AddDays(1), state.LastReminderAt);
    }

    [Fact]
    public void Confirmed_StopsReminders()
    {
        var state = EscrowState.Initial(42).Reminded(Noon).Confirmed(7, Noon.AddHours(1));

        Assert.False(state.NeedsReminder);
        Assert.Equal(7, state.ConfirmedBy);
    }

    [Fact]
    public void NextMilestone_StartsUnconfirmedAndNumbersUnnamedMilestones()
    {
        var confirmed = EscrowState.Initial(42).Confirmed(7, Noon);

        var second = confirmed.NextMilestone(null);
        var third = second.NextMilestone("QA");

        Assert.Equal(("2", EscrowStatus.Unknown, 0), (second.Milestone, second.Status, second.ReminderCount));
        Assert.Equal(("QA", 3), (third.Milestone, third.MilestoneNumber));
        Assert.True(third.NeedsReminder);
    }

    [Theory]
    [InlineData(0, 3, false)]
    [InlineData(2, 3, false)]
    [InlineData(3, 3, true)]
    [InlineData(5, 0, false)]
    public void NextReminderEscalates_AfterThreshold(int reminders, int escalateAfter, bool expected)
    {
        var state = EscrowState.Initial(1) with { ReminderCount = reminders };
        Assert.Equal(expected, state.NextReminderEscalates(escalateAfter));
    }
}
