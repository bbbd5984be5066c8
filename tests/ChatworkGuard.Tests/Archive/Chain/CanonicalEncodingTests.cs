using System.Buffers.Binary;
using System.Text;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Chain;

namespace ChatworkGuard.Tests.Archive.Chain;

public sealed class CanonicalEncodingTests
{
    [Fact]
    public void GetBytes_DocumentedVector_MatchesIndependentImplementation()
    {
        var first = HashChain.Seal(TestVectors.First, 1, ChainHash.Zero);
        var second = HashChain.Seal(TestVectors.Second, 2, first.Hash);

        Assert.Equal(TestVectors.FirstEncoding, Convert.ToHexStringLower(CanonicalEncoding.GetBytes(first)));
        Assert.Equal(TestVectors.SecondEncoding, Convert.ToHexStringLower(CanonicalEncoding.GetBytes(second)));
    }

    [Fact]
    public void GetBytes_FieldLayout_IsVersionThenFieldsInDocumentedOrder()
    {
        var record = HashChain.Seal(Drafts.Event(7, RecordKind.Checkpoint) with { ObservedAt = DateTimeOffset.FromUnixTimeMilliseconds(5) }, 3, ChainHash.Zero);
        var bytes = CanonicalEncoding.GetBytes(record);

        var expected = new List<byte> { 1 };
        expected.AddRange(BigEndian(7));
        expected.AddRange(BigEndian(3));
        expected.AddRange(Str("checkpoint"));
        expected.AddRange(new byte[] { 0, 0, 0, 0, 0, 0 }); // message_id … update_time absent
        expected.AddRange(BigEndian(5));
        expected.AddRange(Str("bot"));
        expected.Add(0); // details absent

        Assert.Equal(expected.ToArray(), bytes);
    }

    [Fact]
    public void GetBytes_EmptyAndAbsentBody_Differ()
    {
        var empty = HashChain.Seal(Drafts.Message(1, 1, body: string.Empty), 1, ChainHash.Zero);
        var absent = empty with { Body = null };

        Assert.NotEqual(CanonicalEncoding.GetBytes(empty), CanonicalEncoding.GetBytes(absent));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("日本語の本文")]
    [InlineData("emoji 👍🏽 and \r\n line breaks")]
    [InlineData("")]
    public void GetByteCount_AnyText_EqualsBytesWritten(string body)
    {
        var record = HashChain.Seal(Drafts.Message(1, 1, body: body) with { Details = """{"k":"値"}""" }, 1, ChainHash.Zero);

        var buffer = new byte[CanonicalEncoding.GetByteCount(record) + 16];
        var written = CanonicalEncoding.Write(record, buffer);

        Assert.Equal(CanonicalEncoding.GetByteCount(record), written);
        Assert.True(CanonicalEncoding.GetBytes(record).AsSpan().SequenceEqual(buffer.AsSpan(0, written)));
    }

    private static byte[] BigEndian(long value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] Str(string value)
    {
        var utf8 = Encoding.UTF8.GetBytes(value);
        var bytes = new byte[4 + utf8.Length];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)utf8.Length);
        utf8.CopyTo(bytes, 4);
        return bytes;
    }
}
