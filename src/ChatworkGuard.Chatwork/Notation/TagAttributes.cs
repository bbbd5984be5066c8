namespace ChatworkGuard.Chatwork.Notation;

/// <summary>
/// The <c>key=value</c> pairs of a tag such as <c>[rp aid=1 to=2-3]</c>, read in place from the body; invalid when
/// any word is not a pair. Looking a key up rescans the few words, which beats allocating a dictionary per tag.
/// </summary>
internal readonly ref struct TagAttributes
{
    private readonly ReadOnlySpan<char> _text;
    private readonly int _offset;

    /// <param name="text">The attribute text.</param>
    /// <param name="offset">Where <paramref name="text"/> starts in the body, so values can be returned as body ranges.</param>
    public TagAttributes(ReadOnlySpan<char> text, int offset)
    {
        _text = text;
        _offset = offset;
        IsValid = true;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            var equals = word.IndexOf('=');
            if (!word.IsEmpty && (equals <= 0 || equals == word.Length - 1))
            {
                IsValid = false;
                return;
            }
        }
    }

    public bool IsValid { get; }

    public bool Has(string key) => Find(key, out _);

    /// <summary>The value's range in the body, or default when the key is absent.</summary>
    public Range Range(string key) => Find(key, out var range) ? range : default;

    public ReadOnlySpan<char> Value(string key) =>
        Find(key, out var range) ? _text[(range.Start.Value - _offset)..(range.End.Value - _offset)] : [];

    public long? Number(string key)
    {
        var value = Value(key);
        return !value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9')
            && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    private bool Find(string key, out Range range)
    {
        foreach (var wordRange in _text.Split(' '))
        {
            var word = _text[wordRange];
            var equals = word.IndexOf('=');
            if (equals > 0 && word[..equals].Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                var start = _offset + wordRange.Start.Value + equals + 1;
                range = start..(_offset + wordRange.End.Value);
                return true;
            }
        }

        range = default;
        return false;
    }
}
