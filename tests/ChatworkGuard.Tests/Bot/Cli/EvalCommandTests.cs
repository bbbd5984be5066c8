using ChatworkGuard.Bot.Cli;
using ChatworkGuard.Tests.Archive;
using ChatworkGuard.Policy;
using ChatworkGuard.Policy.Detection;


namespace ChatworkGuard.Tests.Bot.Cli;

public sealed class EvalCommandTests
{
    private static readonly string Corpus = string.Join('\n',
        """{"id":"1","text":"LINE交換しませんか？","expected":["off-platform-contact"],"signals":[]}""",
        """{"id":"2","text":"報酬はPayPalで払いますね","expected":["direct-payment"],"signals":[]}""",
        """{"id":"3","text":"修正しました","expected":["escrow-bypass"],"signals":[]}""",
        """{"id":"4","text":"本日から作業を開始します","expected":[],"signals":["work-start"]}""",
        """{"id":"5","text":"ありがとうございます","expected":[],"signals":[],"hard_negative":true}""");

    [Fact]
    public async Task Evaluate_RulesOnly_PrintsPrecisionAndRecallPerLabelWithTheModelColumnEmpty()
    {
        var rulesOnly = Detector.Create(new DetectionOptions { Model = { Enabled = false } });

        var rows = await EvaluateAsync(rulesOnly);

        Assert.StartsWith("corpus.jsonl: 5 messages; the model is off", rows[0], StringComparison.Ordinal);
        // "should warn": 2 of 3 expected found by the rules, no false alarm; the model column finds nothing.
        Assert.Matches(@"^should warn\s+1\.000\s+0\.667\s+0\s+1\s+n/a\s+0\.000\s+0\s+3\s+1\.000\s+0\.667\s+0\s+1\s+0\.800$", Row(rows, "should warn"));
        Assert.Matches(@"^off-platform-contact\s+1\.000\s+1\.000\s+0\s+0\s", Row(rows, "off-platform-contact"));
        Assert.Matches(@"^work-start \(signal\)\s+1\.000\s+1\.000\s+0\s+0\s", Row(rows, "work-start"));
        Assert.Contains(rows, r => r.StartsWith("3: expected [escrow-bypass|] got [|]", StringComparison.Ordinal));
        Assert.Contains("hard negatives: 1; warned by rules 0, model 0, combined 0", rows);
    }

    [Fact]
    public async Task Evaluate_WithModel_ReportsWhatTheModelAddsToTheRules()
    {
        var detector = Detector.CreateWithModel(new DetectionOptions(), TestModels.Triggered((DetectionCategory.EscrowBypass, "修正しました")));

        var rows = await EvaluateAsync(detector);

        // The model finds the escrow-bypass the rules missed; combined, every lure is warned about.
        Assert.Matches(@"^escrow-bypass\s+n/a\s+0\.000\s+0\s+1\s+1\.000\s+1\.000\s+0\s+0\s+1\.000\s+1\.000\s+0\s+0\s+1\.000$", Row(rows, "escrow-bypass"));
        Assert.Matches(@"^should warn\s+1\.000\s+0\.667\s+0\s+1\s+.*\s+1\.000\s+1\.000\s+0\s+0\s+1\.000$", Row(rows, "should warn"));
    }

    [Fact]
    public async Task Eval_CommandLine_ReadsAFolderOfFiles()
    {
        using var directory = new TempDirectory();
        directory.WriteFile("a.jsonl", Corpus);
        directory.WriteFile("b.jsonl", """{"id":"6","text":"了解です","expected":[],"signals":[]}""");

        var (exitCode, output, _) = await CliRunner.RunAsync("eval", directory.Path);

        Assert.Equal(0, exitCode);
        Assert.Contains(": 6 messages", output, StringComparison.Ordinal);
    }

    private static async Task<string[]> EvaluateAsync(Detector detector)
    {
        using var output = new StringWriter();
        await EvalCommand.EvaluateAsync(detector, new StringReader(Corpus), "corpus.jsonl", listErrors: true, output, TextWriter.Null, CancellationToken.None);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
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
