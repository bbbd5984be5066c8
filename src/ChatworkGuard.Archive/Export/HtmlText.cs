namespace ChatworkGuard.Archive.Export;

/// <summary>Writes user text into HTML so that it shows as text, character for character.</summary>
internal static class HtmlText
{
    /// <summary>Escapes &amp; &lt; &gt; " ' and writes CR as a character reference, because an HTML parser turns a
    /// raw CR into LF and the Verify button compares the shown text with the hashed text.</summary>
    public static void Write(TextWriter writer, ReadOnlySpan<char> text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\r' => "&#13;",
                _ => null,
            };
            if (replacement is null)
            {
                continue;
            }

            writer.Write(text[start..i]);
            writer.Write(replacement);
            start = i + 1;
        }

        writer.Write(text[start..]);
    }

    public static void Write(TextWriter writer, string? text) => Write(writer, (text ?? string.Empty).AsSpan());

    public static string Encode(string? text)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(writer, text);
        return writer.ToString();
    }
}
