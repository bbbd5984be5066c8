using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Chain;

namespace ChatworkGuard.Tests.Archive.Chain;

public sealed class HashChainTests
{
    [Fact]
    public void Seal_DocumentedVector_ProducesTheDocumentedHashes()
    {
        var first = HashChain.Seal(TestVectors.First, 1, ChainHash.Zero);
        var second = HashChain.Seal(TestVectors.Second, 2, first.Hash);

        Assert.Equal(TestVectors.FirstHash, first.Hash.ToString());
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Equal(TestVectors.SecondHash, second.Hash.ToString());
    }

    [Fact]
    public void ComputeHash_SealedRecord_ReproducesItsHash()
    {
        var record = HashChain.Seal(Drafts.Message(1, 1), 1, ChainHash.Zero);

        Assert.Equal(record.Hash, HashChain.ComputeHash(record));
    }

    [Fact]
    public void ComputeHash_AnyFieldChanged_ChangesTheHash()
    {
        var record = HashChain.Seal(Drafts.Message(1, 1) with { Details = "{}" }, 4, ChainHash.Parse(new string('a', 64)));
        ArchiveRecord[] variants =
        [
            record with { RoomId = 2 },
            record with { Sequence = 5 },
            record with { Kind = RecordKind.MessageEdited },
            record with { MessageId = record.MessageId + "0" },
            record with { AccountId = record.AccountId + 1 },
            record with { AccountName = record.AccountName + " " },
            record with { Body = record.Body + "." },
            record with { SendTime = record.SendTime + 1 },
            record with { UpdateTime = 1 },
            record with { ObservedAt = record.ObservedAt.AddMilliseconds(1) },
            record with { Source = RecordSource.Webhook },
            record with { Details = "{ }" },
            record with { PreviousHash = ChainHash.Zero },
        ];

        foreach (var variant in variants)
        {
            Assert.NotEqual(record.Hash, HashChain.ComputeHash(variant));
        }
    }

    [Fact]
    public void Seal_NulAndUnpairedSurrogate_BecomeReplacementCharacter()
    {
        var record = HashChain.Seal(Drafts.Message(1, 1, body: "a\0b\uD800c👍"), 1, ChainHash.Zero);

        Assert.Equal("a\uFFFDb\uFFFDc👍", record.Body);
    }

    [Fact]
    public void Seal_ObservedAt_IsTruncatedToMillisecondsUtc()
    {
        var observed = new DateTimeOffset(2025, 7, 1, 18, 0, 0, TimeSpan.FromHours(9)).AddTicks(12_345_678);

        var record = HashChain.Seal(Drafts.Message(1, 1) with { ObservedAt = observed }, 1, ChainHash.Zero);

        Assert.Equal(observed.ToUnixTimeMilliseconds(), record.ObservedAt.ToUnixTimeMilliseconds());
        Assert.Equal(TimeSpan.Zero, record.ObservedAt.Offset);
        Assert.Equal(0, record.ObservedAt.Ticks % TimeSpan.TicksPerMillisecond);
    }

    [Fact]
    public void Seal_MessageKindWithoutMessageId_ThrowsWithReason()
    {
        var draft = Drafts.Message(1, 1) with { MessageId = null };

        var exception = Assert.Throws<ArgumentException>(() => HashChain.Seal(draft, 1, ChainHash.Zero));

        Assert.Contains("message id", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seal_DetailsThatAreNotJson_ThrowWithReason()
    {
        var draft = Drafts.Event(1, RecordKind.Gap, details: "{not json");

        var exception = Assert.Throws<ArgumentException>(() => HashChain.Seal(draft, 1, ChainHash.Zero));

        Assert.Contains("JSON", exception.Message, StringComparison.Ordinal);
    }
}
