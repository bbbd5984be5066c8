namespace ChatworkGuard.Policy.Text;

/// <summary>
/// One table lookup per character for NFKC, lower case, katakana→hiragana, look-alike letters from other scripts and
/// removal of format and combining characters. Built once; per-character NFKC equals whole-string NFKC except for
/// composition, which <see cref="KanaVoicing"/> handles for the one case that matters here (kana voicing marks).
/// </summary>
internal static class CharFolding
{
    /// <summary>The table value for a character that is removed.</summary>
    public const char Drop = '\uFFFF';

    /// <summary>The table value for a character that expands to several (see <see cref="Expansion"/>).</summary>
    public const char Expand = '\uFFFE';

    // Field initialisers run in order: the look-alike list must exist before the table is built from it.
    /// <summary>Cyrillic and Greek letters that look like Latin ones: folded so "раураl" reads as "paypal".</summary>
    private static readonly (char From, char To)[] LookAlikes =
    [
        ('а', 'a'), ('в', 'b'), ('е', 'e'), ('ё', 'e'), ('к', 'k'), ('м', 'm'), ('н', 'h'), ('о', 'o'), ('р', 'p'),
        ('с', 'c'), ('т', 't'), ('у', 'y'), ('х', 'x'), ('і', 'i'), ('ј', 'j'), ('ѕ', 's'), ('ԁ', 'd'), ('ɡ', 'g'),
        ('ո', 'n'), ('ս', 'u'), ('α', 'a'), ('β', 'b'), ('ε', 'e'), ('ι', 'i'), ('κ', 'k'), ('ν', 'v'), ('ο', 'o'),
        ('ρ', 'p'), ('τ', 't'), ('υ', 'u'), ('χ', 'x'), ('ω', 'w'), ('ɩ', 'i'), ('ı', 'i'), ('ℓ', 'l'),
    ];

    private static readonly char[] Table = BuildTable(out ExpansionTable);
    private static readonly FrozenDictionary<char, string> ExpansionTable;

    private static readonly byte[] Classes = BuildClasses();

    /// <summary>
    /// Folds one character. ASCII, kana and CJK ideographs (nearly every character in a message) are folded by
    /// arithmetic, so the 128 KB table is only touched for the rare rest and stays out of the cache's way.
    /// </summary>
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c is '\t' or '\v' or '\f' ? ' ' : c;
        }

        if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3041' and <= '\u3096')
        {
            return c;
        }

        return c is >= '\u30A1' and <= '\u30F6' ? (char)(c - 0x60) : Table[c];
    }

    /// <summary>0 for a non-word character, otherwise its script class (see <see cref="Normalization.WordClass"/>).</summary>
    public static byte WordClass(char c) => Classes[c];

    public static string Expansion(char c) => ExpansionTable[c];

    /// <summary>Folds a whole string the way the table folds each character, for compiling terms.</summary>
    public static string FoldString(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded == Drop)
            {
                continue;
            }

            if (folded == Expand)
            {
                builder.Append(Expansion(c));
            }
            else if (!KanaVoicing.IsMark(folded))
            {
                builder.Append(folded);
            }
            else if (builder.Length > 0 && KanaVoicing.Compose(builder[^1], folded) is var composed and not '\0')
            {
                builder[^1] = composed;
            }
        }

        return builder.ToString();
    }

    private static char[] BuildTable(out FrozenDictionary<char, string> expansions)
    {
        var table = new char[char.MaxValue + 1];
        var multi = new Dictionary<char, string>();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                table[i] = c;
                continue;
            }

            var folded = FoldSlow(c);
            if (folded.Length == 0)
            {
                table[i] = Drop;
            }
            else if (folded.Length == 1)
            {
                table[i] = folded[0];
            }
            else
            {
                table[i] = Expand;
                multi[c] = folded;
            }
        }

        expansions = multi.ToFrozenDictionary();
        return table;
    }

    private static string FoldSlow(char c)
    {
        if (c is Drop or Expand)
        {
            return "";
        }

        if (char.IsAscii(c))
        {
            return c is '\t' or '\v' or '\f' ? " " : char.ToLowerInvariant(c).ToString();
        }

        if (KanaVoicing.MarkOf(c) is var mark and not '\0')
        {
            return mark.ToString();
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Control or UnicodeCategory.OtherNotAssigned)
        {
            return c is '\u2028' or '\u2029' or '\u0085' ? "\n" : "";
        }

        var text = IsStable(c) ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text.ToLowerInvariant())
        {
            var folded = FoldLetter(ch);
            if (folded != '\0')
            {
                builder.Append(folded);
            }
        }

        return builder.ToString();
    }

    private static char FoldLetter(char c)
    {
        if (c is >= '\u30A1' and <= '\u30F6' or '\u30FD' or '\u30FE')
        {
            return (char)(c - 0x60);
        }

        if (char.IsWhiteSpace(c))
        {
            return ' ';
        }

        foreach (var (from, to) in LookAlikes)
        {
            if (c == from)
            {
                return to;
            }
        }

        // Accented Latin letters read as their base letter ("pàypal").
        if (c is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF')
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            if (char.IsAsciiLetter(decomposed[0]))
            {
                return decomposed[0];
            }
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format ? '\0' : c;
    }

    // Ranges whose NFKC form is the character itself; skipping them keeps the one-off table build quick.
    private static bool IsStable(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\u3041' and <= '\u3096' or >= '\u30A1' and <= '\u30FA' or >= '\uE000' and <= '\uF8FF';

    private static byte[] BuildClasses()
    {
        var classes = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            classes[c] = (byte)Normalization.ComputeWordClass((char)c);
        }

        return classes;
    }
}
