namespace ChatworkGuard.Policy.Text;

/// <summary>
/// Kana voicing marks (か + ゙ → が): the one composition that per-character folding (<see cref="CharFolding"/>) cannot
/// do, because the mark is a character of its own after the kana it voices.
/// </summary>
internal static class KanaVoicing
{
    /// <summary>The combining voiced mark (dakuten); the spacing forms ゛ and ﾞ fold to it.</summary>
    public const char VoicedMark = '\u3099';

    /// <summary>The combining semi-voiced mark (handakuten); the spacing forms ゜ and ﾟ fold to it.</summary>
    public const char SemiVoicedMark = '\u309A';

    private static readonly FrozenDictionary<int, char> Composed = BuildComposed();

    /// <summary>Whether <paramref name="c"/> is one of the two combining marks.</summary>
    public static bool IsMark(char c) => c is VoicedMark or SemiVoicedMark;

    /// <summary>
    /// The combining mark <paramref name="c"/> stands for: itself for a combining mark, the combining form for a spacing
    /// one (which NFKC would turn into "space + combining mark", so the mark could no longer compose); '\0' otherwise.
    /// </summary>
    public static char MarkOf(char c) => c switch
    {
        VoicedMark or '\u309B' or '\uFF9E' => VoicedMark,
        SemiVoicedMark or '\u309C' or '\uFF9F' => SemiVoicedMark,
        _ => '\0',
    };

    /// <summary>Combines a kana with a following combining mark (か + ゙ → が), or returns '\0' when they do not combine.</summary>
    public static char Compose(char kana, char mark) =>
        Composed.TryGetValue(Key(kana, mark), out var composed) ? composed : '\0';

    private static int Key(char kana, char mark) => (kana << 1) | (mark == SemiVoicedMark ? 1 : 0);

    // NFC of each hiragana with each mark: the marks follow folded text, in which katakana are already hiragana.
    private static FrozenDictionary<int, char> BuildComposed()
    {
        var map = new Dictionary<int, char>();
        for (var c = '\u3041'; c <= '\u309F'; c++)
        {
            foreach (var mark in new[] { VoicedMark, SemiVoicedMark })
            {
                var composed = string.Concat(c, mark).Normalize(NormalizationForm.FormC);
                if (composed.Length == 1)
                {
                    map[Key(c, mark)] = composed[0];
                }
            }
        }

        return map.ToFrozenDictionary();
    }
}
