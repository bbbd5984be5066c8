using System.Buffers;

namespace ChatworkGuard.Bot.Cli;

/// <summary>
/// `chatwork-guard scan [FILE]`: one JSON object out per line in, in order —
/// <c>{"id":…,"categories":[…],"signals":[…],"rules":[…]}</c>. A line is JSON (<c>{"id":…,"text":…}</c>, other
/// fields ignored) or plain text (its id is then its 1-based line number). A bad line still gets its output line,
/// with an "error" field, and makes the exit code 1.
/// </summary>
internal static class ScanCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<FileInfo?>("FILE")
        {
            Description = "JSON Lines or plain text, one message a line; stdin when omitted or '-'.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("scan", "Scan messages for off-platform deals; one JSON result line per input line.") { file };
        CliDetector.SetAction(command, async (parseResult, detector, output, error, cancellationToken) =>
        {
            using var reader = CliInput.Open(parseResult.GetValue(file), error);
            if (reader is null)
            {
                return ExitCodes.Failed;
            }

            return await ScanAsync(detector, reader, output, error, cancellationToken);
        });
        return command;
    }

    internal static async Task<int> ScanAsync(Detector detector, TextReader reader, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var failed = false;
        var buffer = new ArrayBufferWriter<byte>();
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            var input = CliInput.ParseLine(line, lineNumber);
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                writer.WriteStartObject();
                writer.WritePropertyName("id");
                input.WriteId(writer);
                if (input.Error is not null)
                {
                    failed = true;
                    await error.WriteLineAsync($"line {lineNumber}: {input.Error}");
                    writer.WriteString("error", input.Error);
                }

                var result = input.Text is null ? DetectionResult.Empty : detector.Detect(input.Text);
                WriteArray(writer, "categories", result.Categories);
                WriteArray(writer, "signals", result.Signals);
                WriteArray(writer, "rules", result.RuleIds);
                writer.WriteEndObject();
            }

            await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        await output.FlushAsync(cancellationToken);
        return failed ? ExitCodes.Failed : ExitCodes.Ok;
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
