using System.Text.Json;
using System.Text.RegularExpressions;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Export;

namespace ChatworkGuard.Tests.Archive.Export;

public sealed partial class LabelsTests
{
    private static readonly string[] BreakKinds = ["changed", "missing", "inserted", "reordered", "display"];

    [Fact]
    public void Json_EveryKeyTheScriptUses_HasJapaneseAndEnglish()
    {
        using var labels = JsonDocument.Parse(Labels.Json);
        var keys = ScriptKey().Matches(ExportAssets.Script).Select(m => m.Groups[1].Value).ToList();
        keys.AddRange(BreakKinds.SelectMany(k => new[] { "v." + k, "v.d." + k }));

        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            Assert.False(string.IsNullOrEmpty(labels.RootElement.GetProperty("ja").GetProperty(key).GetString()), key);
            Assert.False(string.IsNullOrEmpty(labels.RootElement.GetProperty("en").GetProperty(key).GetString()), key);
        }
    }

    [Fact]
    public void Japanese_EveryKindAndSource_HasALabel()
    {
        foreach (var kind in RecordKinds.All)
        {
            Assert.False(string.IsNullOrEmpty(Labels.Japanese("k." + kind.ToWireName())));
        }

        foreach (var source in Enum.GetValues<RecordSource>())
        {
            Assert.False(string.IsNullOrEmpty(Labels.Japanese("src." + source.ToWireName())));
        }
    }

    [GeneratedRegex("""\bt\('([a-z.\-]*[a-z])'[,)]""")]
    private static partial Regex ScriptKey();
}
