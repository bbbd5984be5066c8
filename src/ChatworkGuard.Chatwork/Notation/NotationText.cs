namespace ChatworkGuard.Chatwork.Notation;

/// <summary>Makes user text safe to echo inside the bot's own messages.</summary>
public static class NotationText
{
    /// <summary>
    /// Turns every '[' and ']' into full-width '［' '］'. Every Chatwork tag needs ASCII brackets, so the result can
    /// neither open a tag (no mention, reply or quote) nor close the block it is put in, and it still reads the same.
    /// </summary>
    public static string Neutralize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        return text.AsSpan().IndexOfAny('[', ']') < 0
            ? text
            : string.Create(text.Length, text, static (buffer, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    buffer[i] = source[i] switch
                    {
                        '[' => '［',
                        ']' => '］',
                        var c => c,
                    };
                }
            });
    }
}
