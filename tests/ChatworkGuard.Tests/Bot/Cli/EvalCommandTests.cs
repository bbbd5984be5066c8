using ChatworkGuard.Tests.Archive;

namespace ChatworkGuard.Tests.Bot.Cli;

public sealed class EvalCommandTests
{
    [Fact]
    public async Task Eval_LabelledCorpus_PrintsPrecisionRecallAndF1PerLabel()
    {
        using var directory = new TempDirectory();
        var corpus = directory.WriteFile("corpus.jsonl", string.Join('\n',
            """{"id":"1","text":"LINE交換しませんか？","expected":["off-platform-contact"],"signals":[]}""",
            """{"id":"2","text":"報酬はPayPalで払いますね","expected":["direct-payment"],"signals":[]}""",
            """{"id":"3","text":"修正しました","expected":["escrow-bypass"],"signals":[]}""",
            """{"id":"4","text":"本日から作業を開始します","expected":[],"signals":["work-start"]}""",
            """{"id":"5","text":"ありがとうございます","expected":[],"signals":[]}"""));

        var (exitCode, output, _) = await CliRunner.RunAsync("eval", corpus, "--errors");

        Assert.Equal(0, exitCode);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("corpus.jsonl: 5 messages", rows[0], StringComparison.Ordinal);
        // "should warn": 2 of 3 expected found, no false alarm.
        Assert.Matches(@"^should warn\s+1\.000\s+0\.667\s+0\.800\s+2\s+0\s+1$", Row(rows, "should warn"));
        Assert.Matches(@"^off-platform-contact\s+1\.000\s+1\.000\s+1\.000\s+1\s+0\s+0$", Row(rows, "off-platform-contact"));
        Assert.Matches(@"^escrow-bypass\s+n/a\s+0\.000\s+n/a\s+0\s+0\s+1$", Row(rows, "escrow-bypass"));
        Assert.Matches(@"^work-start \(signal\)\s+1\.000\s+1\.000\s+1\.000\s+1\s+0\s+0$", Row(rows, "work-start"));
        Assert.Contains(rows, r => r.StartsWith("3: expected [escrow-bypass|] got [|]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Eval_LineWithoutLabels_IsReportedAndSkipped()
    {
        using var directory = new TempDirectory();
        var corpus = directory.WriteFile("corpus.jsonl", "{\"id\":\"1\",\"text\":\"x\"}\n{\"id\":\"2\",\"text\":\"y\",\"expected\":[]}\n");

        var (exitCode, output, error) = await CliRunner.RunAsync("eval", corpus);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 messages, 1 lines skipped", output, StringComparison.Ordinal);
        Assert.Contains("line 1", error, StringComparison.Ordinal);
    }

    private static string Row(string[] rows, string label) => rows.Single(r => r.StartsWith(label, StringComparison.Ordinal));
}
