using System.CommandLine;
using System.Text.Json;
using ChatworkGuard.Policy;
using ChatworkGuard.Policy.Detection;

namespace ChatworkGuard.Bot.Cli;

/// <summary>
/// `chatwork-guard eval FILE`: scans a labelled corpus (JSON Lines with "text", "expected" categories and "signals")
/// and prints precision, recall and F1 per category, for "should warn" (any category) and for the work-start signal.
/// </summary>
internal static class EvalCommand
{
    private static readonly string[] WarningCategories =
    [
        DetectionCategory.DirectPayment,
        DetectionCategory.OffPlatformContract,
        DetectionCategory.OffPlatformContact,
        DetectionCategory.EscrowBypass,
    ];

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A labelled corpus in JSON Lines (format: docs/detection-categories.md)." };
        var errors = new Option<bool>("--errors") { Description = "Also list every message whose result differs from its labels." };
        var command = new Command("eval", "Measure detection quality on a labelled corpus.") { file, errors };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var detector = CliDetector.Create(error);
            if (detector is null)
            {
                return 1;
            }

            var path = parseResult.GetValue(file)!;
            using var reader = CliInput.Open(path, error);
            if (reader is null)
            {
                return 1;
            }

            await EvaluateAsync(detector, reader, path.Name, parseResult.GetValue(errors), output, error, cancellationToken);
            return 0;
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
        var warn = new EvalScore("should warn");
        var categories = WarningCategories.Select(c => new EvalScore(c)).ToArray();
        var workStart = new EvalScore($"{DetectionCategory.WorkStart} (signal)");
        var mismatches = new List<string>();
        int lineNumber = 0, messages = 0, skipped = 0;
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

            messages++;
            var result = detector.Detect(input.Text);
            warn.Add(expected.Count > 0, result.Categories.Count > 0);
            for (var i = 0; i < WarningCategories.Length; i++)
            {
                categories[i].Add(expected.Contains(WarningCategories[i]), result.Categories.Contains(WarningCategories[i]));
            }

            workStart.Add(expectedSignals.Contains(DetectionCategory.WorkStart), result.Signals.Contains(DetectionCategory.WorkStart));
            if (listErrors && (!expected.SetEquals(result.Categories) || !expectedSignals.SetEquals(result.Signals)))
            {
                mismatches.Add($"{input.IdText}: expected [{string.Join(",", expected.Order(StringComparer.Ordinal))}|{string.Join(",", expectedSignals)}] got [{string.Join(",", result.Categories)}|{string.Join(",", result.Signals)}] rules [{string.Join(",", result.RuleIds)}] {input.Text!.ReplaceLineEndings(" ")}");
            }
        }

        const int width = 26;
        await output.WriteLineAsync($"{name}: {messages} messages{(skipped > 0 ? $", {skipped} lines skipped" : "")}");
        await output.WriteLineAsync($"{"label",-width} {"precision",9} {"recall",9} {"f1",9} {"tp",5} {"fp",5} {"fn",5}");
        foreach (var score in categories.Prepend(warn).Append(workStart))
        {
            await output.WriteLineAsync(score.Format(width));
        }

        foreach (var mismatch in mismatches)
        {
            await output.WriteLineAsync(mismatch);
        }
    }

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
