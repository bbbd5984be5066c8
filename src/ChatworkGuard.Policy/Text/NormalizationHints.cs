namespace ChatworkGuard.Policy.Text;

/// <summary>
/// What the characters appended so far may contain, noted as they are appended so that
/// <see cref="Normalization"/> and the token detectors can skip every pass a message does not need (most
/// messages need none). The buffer owns one; it is a struct so noting a character costs no call on the hot path.
/// </summary>
internal struct NormalizationHints
{
    private const byte InfoSeparator = 1;
    private const byte InfoWhitespace = 2;
    private const byte InfoEmail = 4;
    private const byte InfoDigit = 8;

    private static readonly byte[] AsciiInfo = BuildAsciiInfo();

    /// <summary>Whether an '@' or an at-marker candidate was seen, so e-mail detection can be skipped otherwise.</summary>
    public bool MayContainEmail { get; private set; }

    /// <summary>Number of ASCII digits seen, so phone and account-number detection can be skipped otherwise.</summary>
    public int DigitCount { get; private set; }

    /// <summary>Whether the whitespace pass may have something to do.</summary>
    public bool NeedsWhitespacePass { get; private set; }

    /// <summary>Whether a kanji digit was seen, so the kanji-number pass can be skipped otherwise.</summary>
    public bool HasKanjiDigit { get; private set; }

    /// <summary>How often a one-letter word stood between separators: two or more may make a spaced-out word.</summary>
    public int SpacedLetterHints { get; private set; }

    /// <summary>Counts digits produced by a later pass (kanji digits), so number detection still runs.</summary>
    public void CountDigits(int count) => DigitCount += count;

    /// <summary>Notes <paramref name="chars"/>[<paramref name="index"/>], the character just appended.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Note(char c, char[] chars, int index)
    {
        if (c < 0x80)
        {
            var info = AsciiInfo[c];
            if (info != 0)
            {
                NoteAscii(c, info, chars, index);
            }
        }
        else if (c is '・' or '·' or '、' or 'と' or '〇' or '零' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九')
        {
            NoteOther(c, chars, index);
        }
    }

    // Only a few characters need any bookkeeping, so it sits off the hot path.
    private void NoteAscii(char c, byte info, char[] chars, int index)
    {
        if ((info & InfoDigit) != 0)
        {
            DigitCount++;
            return;
        }

        if ((info & InfoEmail) != 0)
        {
            MayContainEmail = true;
            return;
        }

        var previous = index == 0 ? '\n' : chars[index - 1];
        if (c == ' ' ? previous is ' ' or '\n' : c == '\n' && previous == ' ')
        {
            NeedsWhitespacePass = true;
        }

        if ((info & InfoSeparator) != 0)
        {
            NoteSeparator(previous, chars, index);
        }
    }

    private void NoteOther(char c, char[] chars, int index)
    {
        if (c == 'と')
        {
            // "あっと" is recognised on its last letter.
            MayContainEmail |= index >= 2 && chars[index - 1] == 'っ' && chars[index - 2] == 'あ';
        }
        else if (c is '・' or '·' or '、')
        {
            NoteSeparator(index == 0 ? '\n' : chars[index - 1], chars, index);
        }
        else
        {
            HasKanjiDigit = true;
        }
    }

    // A separator right after a one-letter word ("L " in "L I N E", "ラ " in "「ラ イ ン」").
    private void NoteSeparator(char previous, char[] chars, int index)
    {
        if (index > 0 && CharFolding.WordClass(previous) is var wordClass and not 0
            && (index == 1 || CharFolding.WordClass(chars[index - 2]) != wordClass))
        {
            SpacedLetterHints++;
        }
    }

    private static byte[] BuildAsciiInfo()
    {
        var info = new byte[0x80];
        foreach (var c in " .-_*/,")
        {
            info[c] |= InfoSeparator;
        }

        info[' '] |= InfoWhitespace;
        info['\n'] |= InfoWhitespace;
        foreach (var c in "@([{<")
        {
            info[c] |= InfoEmail;
        }

        for (var c = '0'; c <= '9'; c++)
        {
            info[c] |= InfoDigit;
        }

        return info;
    }
}
