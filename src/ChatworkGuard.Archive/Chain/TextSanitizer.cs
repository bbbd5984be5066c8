using System.Buffers;

namespace ChatworkGuard.Archive.Chain;

/// <summary>Replaces U+0000 and unpaired surrogates with U+FFFD: neither survives UTF-8 or a PostgreSQL text column,
/// so keeping them would make a record hash differently after a round trip through a store.</summary>
internal static class TextSanitizer
{
    private const char Replacement = '\uFFFD';

    private static readonly SearchValues<char> Suspicious = SearchValues.Create(BuildSuspicious());

    public static string? Clean(string? text)
    {
        if (text is null || text.AsSpan().IndexOfAny(Suspicious) < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                if (c == '\0')
                {
                    span[i] = Replacement;
                }
                else if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                {
                    span[i] = c;
                    span[i + 1] = source[i + 1];
                    i++;
                }
                else
                {
                    span[i] = char.IsSurrogate(c) ? Replacement : c;
                }
            }
        });
    }

    private static string BuildSuspicious()
    {
        var chars = new char[1 + 0x800];
        chars[0] = '\0';
        for (var i = 0; i < 0x800; i++)
        {
            chars[i + 1] = (char)(0xD800 + i);
        }

        return new string(chars);
    }
}
