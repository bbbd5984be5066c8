using ChatworkGuard.Emulator.State;

namespace ChatworkGuard.Tests.Emulator.State;

public sealed class MessageIdGeneratorTests
{
    [Theory]
    [InlineData(984676321621704704, 1511238729)]
    [InlineData(1007287971738591232, 1516629766)]
    public void TimeOf_RecordedIds_GivesTheirRecordedSendTime(long messageId, long sendTime)
    {
        Assert.Equal(sendTime, MessageIdGenerator.TimeOf(messageId).ToUnixTimeSeconds());
    }

    [Fact]
    public void Next_SameMillisecond_GivesStrictlyIncreasing19DigitIds()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 7, 3, 0, 0, 0, TimeSpan.Zero));
        var generator = new MessageIdGenerator(clock);

        var ids = Enumerable.Range(0, 1000).Select(_ => generator.Next()).ToList();

        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(19, id.ToString(System.Globalization.CultureInfo.InvariantCulture).Length));
        Assert.Equal(clock.GetUtcNow(), MessageIdGenerator.TimeOf(ids[0]));
    }

    [Fact]
    public void Next_ClockBeforeChatworksEpoch_StillGivesAtLeast18Digits()
    {
        var generator = new MessageIdGenerator(new FakeTimeProvider(DateTimeOffset.UnixEpoch));

        var id = generator.Next();

        Assert.True(id >= 100_000_000_000_000_000, $"{id} has fewer than 18 digits");
    }

    [Fact]
    public void Next_ClockGoesBack_IdsStillIncrease()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 7, 3, 0, 0, 0, TimeSpan.Zero));
        var generator = new MessageIdGenerator(clock);
        var before = generator.Next();

        clock.Rewind(TimeSpan.FromHours(1));
        var after = generator.Next();

        Assert.True(after > before);
    }

    [Fact]
    public void Next_ManyThreads_NeverRepeats()
    {
        var generator = new MessageIdGenerator(TimeProvider.System);

        var ids = new System.Collections.Concurrent.ConcurrentBag<long>();
        Parallel.For(0, 20_000, _ => ids.Add(generator.Next()));

        Assert.Equal(20_000, ids.Distinct().Count());
    }
}
