using System.Globalization;

namespace ChatworkGuard.Chatwork.Notation;

/// <summary>The <c>key=value</c> pairs of a tag such as <c>[rp aid=1 to=2-3]</c>; invalid when any word is not a pair.</summary>
internal readonly struct TagAttributes
{
    private readonly Dictionary<string, string>? _values;

    public TagAttributes(ReadOnlySpan<char> text)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            var equals = word.IndexOf('=');
            if (equals <= 0 || equals == word.Length - 1)
            {
                _values = null;
                return;
            }

            values[word[..equals].ToString()] = word[(equals + 1)..].ToString();
        }

        _values = values;
    }

    public bool IsValid => _values is not null;

    public bool Has(string key) => _values?.ContainsKey(key) == true;

    public string? Text(string key) => _values is not null && _values.TryGetValue(key, out var value) ? value : null;

    public long? Number(string key) =>
        Text(key) is { } value && !value.AsSpan().ContainsAnyExceptInRange('0', '9')
            && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
