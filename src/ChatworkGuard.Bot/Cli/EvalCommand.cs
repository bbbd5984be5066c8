namespace ChatworkGuard.Bot.Cli;

/// <summary>
/// `chatwork-guard eval PATH`: scans a labelled corpus (JSON Lines with "text", "expected" categories and "signals";
/// a folder means every *.jsonl in it) and prints precision and recall per category, for "should warn" (any category)
/// and for the work-start signal: rules alone, model alone, and combined as the bot decides.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("PATH") { Description = "A labelled corpus in JSON Lines, or a folder of them (format: docs/detection-categories.md)." };
        var errors = new Option<bool>("--errors") { Description = "Also list every message whose result differs from its labels." };
        var command = new Command("eval", "Measure detection quality on a labelled corpus.") { file, errors };
        CliDetector.SetAction(command, async (parseResult, detector, output, error, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            using var reader = Directory.Exists(path.FullName) ? OpenFolder(path.FullName) : CliInput.Open(path, error);
            if (reader is null)
            {
                return ExitCodes.Failed;
            }

            await EvaluateAsync(detector, reader, path.Name, parseResult.GetValue(errors), output, error, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static async Task EvaluateAsync(
        Detector detector,
        TextReader reader,
        string name,
        bool listErrors,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        var rulesOnly = detector.WithoutModel();
        var thresholds = detector.ModelThresholds;
        var report = new EvalReport();
        var mismatches = new List<string>();
        int lineNumber = 0, skipped = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var input = CliInput.ParseLine(line, lineNumber);
            if (input.Error is not null || input.Json is not { } json || !TryLabels(json, out var expected, out var expectedSignals))
            {
                skipped++;
                await error.WriteLineAsync($"line {lineNumber}: skipped, {input.Error ?? "no \"expected\" array of strings"}");
                continue;
            }

            var hardNegative = json.TryGetProperty("hard_negative", out var hard) && hard.ValueKind == JsonValueKind.True;
            var scores = detector.Score(input.Text);
            var differs = report.Add(expected, expectedSignals, hardNegative, rulesOnly.Detect(input.Text), scores, thresholds);
            if (listErrors && differs)
            {
                var result = scores.Result;
                var probabilities = string.Join(" ", scores.Probabilities.Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Key}={p.Value:0.00}")));
                mismatches.Add($"{input.IdText}: expected [{string.Join(",", expected.Order(StringComparer.Ordinal))}|{string.Join(",", expectedSignals)}] got [{string.Join(",", result.Categories)}|{string.Join(",", result.Signals)}] rules [{string.Join(",", result.RuleIds)}] {probabilities} {input.Text!.ReplaceLineEndings(" ")}");
            }
        }

        await output.WriteLineAsync($"{name}: {report.Messages} messages{(skipped > 0 ? $", {skipped} lines skipped" : "")}{(detector.HasModel ? "" : "; the model is off (Detection:Model:Enabled=false)")}");
        await report.WriteAsync(output, detector.HasModel);
        foreach (var mismatch in mismatches)
        {
            await output.WriteLineAsync(mismatch);
        }
    }

    // A corpus folder is a few megabytes at most: read whole, in name order, so results are the same on every machine.
    private static StringReader OpenFolder(string folder) =>
        new(string.Join('\n', Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).Select(File.ReadAllText)));

    private static bool TryLabels(JsonElement json, out HashSet<string> expected, out HashSet<string> signals)
    {
        expected = Strings(json, "expected") ?? [];
        signals = Strings(json, "signals") ?? [];
        return json.TryGetProperty("expected", out var value) && value.ValueKind == JsonValueKind.Array;
    }

    private static HashSet<string>? Strings(JsonElement json, string property) =>
        json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : null;
}
