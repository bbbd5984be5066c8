namespace ChatworkGuard.Archive;

/// <summary>The wire names of <see cref="RecordSource"/>: <c>poll</c>, <c>webhook</c>, <c>resync</c>, <c>bot</c>.</summary>
public static class RecordSources
{
    private static readonly WireNameTable<RecordSource> WireNames = new("record source", ["poll", "webhook", "resync", "bot"]);

    /// <summary>The wire name of <paramref name="source"/>.</summary>
    public static string ToWireName(this RecordSource source) => WireNames.NameOf(source, nameof(source));

    /// <summary>Parses a wire name; returns false for anything that is not exactly one of the names.</summary>
    public static bool TryParse(string? wireName, [NotNullWhen(true)] out RecordSource? source) => WireNames.TryParse(wireName, out source);
}
