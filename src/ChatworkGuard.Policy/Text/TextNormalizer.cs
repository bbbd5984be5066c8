namespace ChatworkGuard.Policy.Text;

/// <summary>
/// Normalises text for matching: NFKC, lower case, katakana→hiragana, zero-width and format characters removed,
/// spaced-out letters joined, look-alike letters folded, e-mail at/dot markers folded, kanji digit runs as digits.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalises <paramref name="text"/>, keeping the map back to it.</summary>
    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var buffer = new NormalizationBuffer();
        Normalization.Run(buffer, text);
        var starts = new int[buffer.Length];
        var ends = new int[buffer.Length];
        for (var i = 0; i < buffer.Length; i++)
        {
            starts[i] = buffer.OriginalStart(i);
            ends[i] = buffer.OriginalEnd(i);
        }

        return new NormalizedText(text, buffer.ToString(), starts, ends);
    }
}
