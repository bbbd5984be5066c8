namespace ChatworkGuard.Bot.Cli;

/// <summary>One input line of `scan` or `eval`: its id, its text, and for labelled corpora the expected labels.</summary>
internal sealed class CliInput
{
    private JsonElement? _id;

    public int LineNumber { get; private init; }

    public string? Text { get; private init; }

    public string? Error { get; private init; }

    /// <summary>The whole JSON object when the line was JSON, for reading labels.</summary>
    public JsonElement? Json { get; private init; }

    public string IdText => _id is { } id ? (id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText()) : LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Opens FILE, or stdin for null or "-"; null after writing why the file cannot be read.</summary>
    public static TextReader? Open(FileInfo? file, TextWriter error)
    {
        if (file is null || file.Name == "-")
        {
            return Console.In;
        }

        try
        {
            return new StreamReader(file.FullName, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Cannot read '{file.FullName}': {ex.Message}");
            return null;
        }
    }

    public static CliInput ParseLine(string line, int lineNumber)
    {
        if (!line.AsSpan().TrimStart().StartsWith("{"))
        {
            return new CliInput { LineNumber = lineNumber, Text = line };
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement.Clone();
            JsonElement? id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? idValue
                : null;
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return new CliInput { LineNumber = lineNumber, _id = id, Json = root, Error = "the JSON object has no string \"text\" field" };
            }

            return new CliInput { LineNumber = lineNumber, _id = id, Json = root, Text = text.GetString() };
        }
        catch (JsonException ex)
        {
            return new CliInput { LineNumber = lineNumber, Error = $"not valid JSON ({ex.Message})" };
        }
    }

    /// <summary>Writes the id as it came (string or number), or the line number.</summary>
    public void WriteId(Utf8JsonWriter writer)
    {
        if (_id is { } id)
        {
            id.WriteTo(writer);
        }
        else
        {
            writer.WriteNumberValue(LineNumber);
        }
    }
}
