using ChatworkGuard.Archive;

namespace ChatworkGuard.Tests.Archive;

public sealed class RecordKindsTests
{
    [Fact]
    public void ToWireName_EveryKind_IsExactlyTheDesignName()
    {
        var names = RecordKinds.All.Select(k => k.ToWireName()).ToArray();

        Assert.Equal(
            [
                "room-joined", "room-snapshot", "message-created", "message-edited", "message-deleted", "room-lost",
                "warning-posted", "warning-suppressed", "reminder-posted", "escrow-confirmed", "escrow-changed", "checkpoint", "gap",
                "room-profile", "conflict", "file-archived", "file-unavailable", "file-deleted",
            ],
            names);
    }

    [Fact]
    public void TryParse_EveryWireName_RoundTrips()
    {
        foreach (var kind in RecordKinds.All)
        {
            Assert.True(RecordKinds.TryParse(kind.ToWireName(), out var parsed));
            Assert.Equal(kind, parsed);
        }
    }

    [Theory]
    [InlineData("Message-Created")]
    [InlineData("message_created")]
    [InlineData("MessageCreated")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_AnythingElse_IsRejected(string? name)
    {
        Assert.False(RecordKinds.TryParse(name, out _));
    }

    [Fact]
    public void ToWireName_UndefinedValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((RecordKind)99).ToWireName());
    }
}
