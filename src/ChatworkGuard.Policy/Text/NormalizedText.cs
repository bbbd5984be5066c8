namespace ChatworkGuard.Policy.Text;

/// <summary>A normalised text with the map back to the text it came from.</summary>
public sealed class NormalizedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal NormalizedText(string original, string text, int[] starts, int[] ends)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The text as written.</summary>
    public string Original { get; }

    /// <summary>The normalised text that rules are matched against.</summary>
    public string Text { get; }

    /// <summary>Maps a range of <see cref="Text"/> to the range of <see cref="Original"/> it came from.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Text.Length);
        if (length == 0)
        {
            return (start < _starts.Length ? _starts[start] : Original.Length, 0);
        }

        var from = _starts[start];
        return (from, _ends[start + length - 1] - from);
    }

    /// <summary>The original text behind a range of <see cref="Text"/>: what the author really wrote.</summary>
    public string OriginalExcerpt(int start, int length)
    {
        var (from, count) = ToOriginal(start, length);
        return Original.Substring(from, count);
    }
}
