using System.Text.Json;
using ChatworkGuard.Emulator.Wire;

namespace ChatworkGuard.Tests.Emulator.Wire;

public sealed class ChatworkJsonEncoderTests
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = ChatworkJsonEncoder.Instance };

    [Theory]
    [InlineData("マイチャット", "\"\\u30de\\u30a4\\u30c1\\u30e3\\u30c3\\u30c8\"")]
    [InlineData("plain ASCII <a href='x'>&+</a>", "\"plain ASCII <a href='x'>&+</a>\"")]
    [InlineData("quote \" backslash \\ slash /", "\"quote \\\" backslash \\\\ slash /\"")]
    [InlineData("line\nbreak\ttab\r", "\"line\\nbreak\\ttab\\r\"")]
    [InlineData("\u0001", "\"\\u0001\"")]
    [InlineData("😀", "\"\\ud83d\\ude00\"")]
    [InlineData("é", "\"\\u00e9\"")]
    public void Serialize_String_EscapesLikeChatwork(string value, string expected)
    {
        Assert.Equal(expected, JsonSerializer.Serialize(value, Options));
    }

    [Fact]
    public void Serialize_LongMixedText_RoundTrips()
    {
        var text = string.Concat(Enumerable.Repeat("日本語 text \"q\" 😀\n", 500));

        var json = JsonSerializer.Serialize(text, Options);

        Assert.DoesNotContain(json, c => c > 0x7F);
        Assert.Equal(text, JsonSerializer.Deserialize<string>(json));
    }

    [Fact]
    public void WireJson_Message_UsesSnakeCaseAndTheEncoder()
    {
        var bytes = WireJson.ToBytes(
            new MessageDto("1947277194111881216", new AccountRefDto(10125216, "山田", "https://x/a.png"), "本文", 1, 0),
            WireJson.Context.MessageDto);

        Assert.Equal(
            "{\"message_id\":\"1947277194111881216\",\"account\":{\"account_id\":10125216,\"name\":\"\\u5c71\\u7530\",\"avatar_image_url\":\"https://x/a.png\"},\"body\":\"\\u672c\\u6587\",\"send_time\":1,\"update_time\":0}",
            System.Text.Encoding.ASCII.GetString(bytes));
    }
}
