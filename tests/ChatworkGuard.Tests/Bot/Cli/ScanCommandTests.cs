using System.Text.Json;
using ChatworkGuard.Tests.Archive;

namespace ChatworkGuard.Tests.Bot.Cli;

public sealed class ScanCommandTests
{
    [Fact]
    public async Task Scan_JsonLines_WritesOneResultPerLineInOrderWithTheInputIds()
    {
        using var directory = new TempDirectory();
        var file = directory.WriteFile("in.jsonl", string.Join('\n',
            """{"id":"m1","text":"LINE交換しませんか？","lang":"ja","expected":[]}""",
            """{"id":2,"text":"修正版をアップしました"}""",
            """{"id":"m3","text":"今後はLINEで連絡して、報酬はPayPalで払いますね"}""",
            """{"id":"m4","text":"本日から作業を開始します"}""") + "\n");

        var (exitCode, output, error) = await CliRunner.RunAsync("scan", file);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        var lines = Lines(output);
        Assert.Equal(4, lines.Length);
        Assert.Equal(["id", "categories", "signals", "rules"], lines[0].RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("m1", lines[0].RootElement.GetProperty("id").GetString());
        Assert.Equal(["off-platform-contact"], Strings(lines[0], "categories"));
        Assert.Contains("contact.line", Strings(lines[0], "rules"));
        Assert.Equal(2, lines[1].RootElement.GetProperty("id").GetInt32());
        Assert.Empty(Strings(lines[1], "categories"));
        Assert.Empty(Strings(lines[1], "rules"));
        Assert.Equal(["direct-payment", "off-platform-contact"], Strings(lines[2], "categories"));
        Assert.Equal(Strings(lines[2], "rules").Order(StringComparer.Ordinal), Strings(lines[2], "rules"));
        Assert.Empty(Strings(lines[3], "categories"));
        Assert.Equal(["work-start"], Strings(lines[3], "signals"));
    }

    [Fact]
    public async Task Scan_PlainLines_UseTheirLineNumberAsId()
    {
        using var directory = new TempDirectory();
        var file = directory.WriteFile("in.txt", "こんにちは\n\nDM me on Telegram\n");

        var (exitCode, output, _) = await CliRunner.RunAsync("scan", file);

        Assert.Equal(0, exitCode);
        var lines = Lines(output);
        Assert.Equal([1, 2, 3], lines.Select(l => l.RootElement.GetProperty("id").GetInt32()));
        Assert.Equal(["off-platform-contact"], Strings(lines[2], "categories"));
    }

    [Fact]
    public async Task Scan_BadLine_StillGetsItsLineAndAnErrorAndExitCodeOne()
    {
        using var directory = new TempDirectory();
        var file = directory.WriteFile("in.jsonl", "{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"body\":\"no text\"}\n{not json\nLINE交換しましょう\n");

        var (exitCode, output, error) = await CliRunner.RunAsync("scan", file);

        Assert.Equal(1, exitCode);
        var lines = Lines(output);
        Assert.Equal(4, lines.Length);
        Assert.Equal("b", lines[1].RootElement.GetProperty("id").GetString());
        Assert.Contains("text", lines[1].RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, lines[2].RootElement.GetProperty("id").GetInt32());
        Assert.True(lines[2].RootElement.TryGetProperty("error", out _));
        Assert.Equal(["off-platform-contact"], Strings(lines[3], "categories"));
        Assert.Contains("line 2", error, StringComparison.Ordinal);
        Assert.Contains("line 3", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_MissingFile_SaysSoAndFails()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("scan", Path.Combine(Path.GetTempPath(), "does-not-exist-" + Guid.NewGuid() + ".jsonl"));

        Assert.NotEqual(0, exitCode);
        Assert.NotEmpty(error);
    }

    private static JsonDocument[] Lines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l))];

    private static string[] Strings(JsonDocument line, string property) =>
        [.. line.RootElement.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];
}
