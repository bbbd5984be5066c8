using System.Diagnostics.CodeAnalysis;

namespace ChatworkGuard.Archive;

/// <summary>The wire names of <see cref="RecordSource"/>: <c>poll</c>, <c>webhook</c>, <c>resync</c>, <c>bot</c>.</summary>
public static class RecordSources
{
    private static readonly string[] WireNames = ["poll", "webhook", "resync", "bot"];

    /// <summary>The wire name of <paramref name="source"/>.</summary>
    public static string ToWireName(this RecordSource source)
    {
        var index = (int)source;
        if ((uint)index >= (uint)WireNames.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(source), source, "Not a known record source.");
        }

        return WireNames[index];
    }

    /// <summary>Parses a wire name; returns false for anything that is not exactly one of the names.</summary>
    public static bool TryParse(string? wireName, [NotNullWhen(true)] out RecordSource? source)
    {
        var index = Array.IndexOf(WireNames, wireName);
        source = index < 0 ? null : (RecordSource)index;
        return index >= 0;
    }
}
