namespace ChatworkGuard.Policy.Detection.Model;

/// <summary>
/// Word-ish units of a normalised text without a segmenter: a run of one script (Latin letters and digits, kana,
/// kanji) is one token. Japanese then splits at script changes (「仮払」「いはあとで」「直接」「やりとり」), which is where
/// content words and their endings part often enough for a linear model; English splits into words, so word pairs
/// ("pay directly", "outside the site") become features that character 4-grams cannot span.
/// </summary>
internal ref struct WordTokens
{
    private readonly ReadOnlySpan<char> _chars;
    private int _next;

    public WordTokens(ReadOnlySpan<char> chars)
    {
        _chars = chars;
        _next = 0;
    }

    /// <summary>Where the current token starts in the text.</summary>
    public int Start { get; private set; }

    /// <summary>The current token's hash (digits folded to one digit, as the n-grams fold them).</summary>
    public uint Hash { get; private set; }

    /// <summary>Advances to the next token; false at the end of the text.</summary>
    public bool MoveNext()
    {
        var i = _next;
        while (i < _chars.Length && ScriptOf(_chars[i]) == Script.None)
        {
            i++;
        }

        if (i >= _chars.Length)
        {
            _next = i;
            return false;
        }

        var script = ScriptOf(_chars[i]);
        var hash = 2166136261u;
        Start = i;
        while (i < _chars.Length && ScriptOf(_chars[i]) == script)
        {
            hash = (hash ^ (_chars[i] is >= '0' and <= '9' ? '0' : _chars[i])) * 16777619u;
            i++;
        }

        _next = i;
        Hash = hash;
        return true;
    }

    /// <summary>How many tokens <paramref name="chars"/> holds.</summary>
    public static int Count(ReadOnlySpan<char> chars)
    {
        var tokens = new WordTokens(chars);
        var count = 0;
        while (tokens.MoveNext())
        {
            count++;
        }

        return count;
    }

    private enum Script : byte
    {
        None,
        Latin,
        Kana,
        Kanji,
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Script ScriptOf(char c) => c switch
    {
        '\u30fb' => Script.None, // the middle dot separates words
        >= 'a' and <= 'z' or >= '0' and <= '9' or '_' => Script.Latin,
        >= '\u3041' and <= '\u30ff' => Script.Kana,
        '々' or >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' => Script.Kanji,
        _ when c < '\u3000' && char.IsLetter(c) => Script.Latin,
        _ => Script.None,
    };
}
