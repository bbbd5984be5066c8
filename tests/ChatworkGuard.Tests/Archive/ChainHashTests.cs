using ChatworkGuard.Archive;

namespace ChatworkGuard.Tests.Archive;

public sealed class ChainHashTests
{
    [Fact]
    public void Parse_ToString_RoundTripsLowerCaseHex()
    {
        var hex = "00112233445566778899aabbccddeeff0123456789abcdef0f1e2d3c4b5a6978";

        var hash = ChainHash.Parse(hex.ToUpperInvariant());

        Assert.Equal(hex, hash.ToString());
        Assert.Equal(Convert.FromHexString(hex), hash.ToArray());
    }

    [Fact]
    public void Zero_IsThirtyTwoZeroBytes()
    {
        Assert.Equal(new byte[32], ChainHash.Zero.ToArray());
        Assert.Equal(new string('0', 64), ChainHash.Zero.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz112233445566778899aabbccddeeff0123456789abcdef0f1e2d3c4b5a6978")]
    [InlineData("00112233445566778899aabbccddeeff0123456789abcdef0f1e2d3c4b5a697800")]
    public void TryParse_NotSixtyFourHexDigits_IsRejected(string text)
    {
        Assert.False(ChainHash.TryParse(text, out _));
    }

    [Fact]
    public void Equality_ComparesAllBytes()
    {
        var a = new byte[32];
        var b = new byte[32];
        b[31] = 1;

        Assert.NotEqual(ChainHash.FromBytes(a), ChainHash.FromBytes(b));
        Assert.Equal(ChainHash.FromBytes(b), ChainHash.FromBytes((byte[])b.Clone()));
    }
}
