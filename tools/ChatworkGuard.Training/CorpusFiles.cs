using System.Text.Json;

namespace ChatworkGuard.Training;

/// <summary>Reads labelled JSON Lines (docs/detection-categories.md) from files and folders.</summary>
internal static class CorpusFiles
{
    /// <summary>Every message in <paramref name="paths"/> (files, or folders of *.jsonl read in name order).</summary>
    public static List<LabelledMessage> Read(IEnumerable<string> paths)
    {
        var messages = new List<LabelledMessage>();
        foreach (var file in paths.SelectMany(Expand))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                messages.Add(Parse(line, $"{Path.GetFileName(file)}:{lineNumber}"));
            }
        }

        var duplicate = messages.GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? messages
            : throw new InvalidDataException($"Id {duplicate.Key} appears more than once ({string.Join(", ", duplicate.Select(m => m.Source))}).");
    }

    public static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.jsonl", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"No corpus file or folder at {Path.GetFullPath(path)}.");

    private static LabelledMessage Parse(string line, string source)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var id = root.GetProperty("id").GetString() ?? throw new InvalidDataException($"{source}: no id.");
        var text = root.GetProperty("text").GetString() ?? throw new InvalidDataException($"{source}: no text.");
        var hard = root.TryGetProperty("hard_negative", out var h) && h.ValueKind == JsonValueKind.True;
        return new LabelledMessage(id, text, Strings(root, "expected"), Strings(root, "signals"), hard, source);
    }

    private static HashSet<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(v => v.GetString()!)]
            : [];
}
