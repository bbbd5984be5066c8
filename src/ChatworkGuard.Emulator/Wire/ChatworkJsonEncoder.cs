using System.Buffers;
using System.Text.Encodings.Web;

namespace ChatworkGuard.Emulator.Wire;

/// <summary>Escapes JSON strings the way Chatwork's servers do: every non-ASCII character as a lowercase
/// <c>\uXXXX</c> escape (recorded bytes show <c>"\u30de\u30a4…"</c>), quotes and backslashes with a backslash,
/// control characters in their short forms; every other ASCII character stays as it is.</summary>
/// <remarks>JavaScriptEncoder.Default would also turn <c>"</c>, <c>'</c>, <c>+</c>, <c>&lt;</c> into escapes,
/// which real Chatwork bodies do not show.</remarks>
internal sealed class ChatworkJsonEncoder : JavaScriptEncoder
{
    public static readonly ChatworkJsonEncoder Instance = new();

    private const string HexDigits = "0123456789abcdef";

    private static readonly SearchValues<byte> SafeBytes = SearchValues.Create(SafeAscii().Select(c => (byte)c).ToArray());
    private static readonly SearchValues<char> SafeChars = SearchValues.Create(SafeAscii().ToArray());

    private ChatworkJsonEncoder()
    {
    }

    /// <summary>A character outside the BMP becomes two <c>\uXXXX</c> escapes: 12 characters.</summary>
    public override int MaxOutputCharactersPerInputCharacter => 12;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        new ReadOnlySpan<char>(text, textLength).IndexOfAnyExcept(SafeChars);

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text) =>
        utf8Text.IndexOfAnyExcept(SafeBytes);

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var destination = new Span<char>(buffer, bufferLength);
        numberOfCharactersWritten = 0;
        if (!WillEncode(unicodeScalar))
        {
            if (destination.IsEmpty)
            {
                return false;
            }

            destination[0] = (char)unicodeScalar;
            numberOfCharactersWritten = 1;
            return true;
        }

        var shortForm = unicodeScalar switch
        {
            '"' => '"',
            '\\' => '\\',
            '\n' => 'n',
            '\r' => 'r',
            '\t' => 't',
            '\b' => 'b',
            '\f' => 'f',
            _ => '\0',
        };
        if (shortForm != '\0')
        {
            if (destination.Length < 2)
            {
                return false;
            }

            destination[0] = '\\';
            destination[1] = shortForm;
            numberOfCharactersWritten = 2;
            return true;
        }

        if (unicodeScalar <= 0xFFFF)
        {
            return TryWriteEscape(destination, unicodeScalar, ref numberOfCharactersWritten);
        }

        if (destination.Length < 12)
        {
            return false;
        }

        var rune = new Rune(unicodeScalar);
        Span<char> pair = stackalloc char[2];
        rune.EncodeToUtf16(pair);
        return TryWriteEscape(destination, pair[0], ref numberOfCharactersWritten)
            && TryWriteEscape(destination[6..], pair[1], ref numberOfCharactersWritten);
    }

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar is < 0x20 or > 0x7E or '"' or '\\';

    private static bool TryWriteEscape(Span<char> destination, int value, ref int written)
    {
        if (destination.Length < 6)
        {
            return false;
        }

        destination[0] = '\\';
        destination[1] = 'u';
        destination[2] = HexDigits[(value >> 12) & 0xF];
        destination[3] = HexDigits[(value >> 8) & 0xF];
        destination[4] = HexDigits[(value >> 4) & 0xF];
        destination[5] = HexDigits[value & 0xF];
        written += 6;
        return true;
    }

    private static IEnumerable<char> SafeAscii()
    {
        for (var c = (char)0x20; c <= 0x7E; c++)
        {
            if (c is not ('"' or '\\'))
            {
                yield return c;
            }
        }
    }
}
