using System.Buffers;
using System.Runtime.CompilerServices;

namespace ChatworkGuard.Policy.Text;

/// <summary>
/// The normalised characters of one message and, for each, the range of the original text it came from. Arrays
/// are rented and reused, so normalising a message allocates nothing once the buffer has grown to size.
/// </summary>
internal sealed partial class NormalizationBuffer : IDisposable
{
    /// <summary>A separator between this character and the previous one was removed ("L I N E"): a word may end there.</summary>
    public const byte SoftBoundary = 1;

    /// <summary>Marks a character for removal by <see cref="Compact"/>.</summary>
    private const byte Removed = 2;

    private const int InitialCapacity = 256;

    private char[] _chars = ArrayPool<char>.Shared.Rent(InitialCapacity);
    private int[] _starts = ArrayPool<int>.Shared.Rent(InitialCapacity);
    private int[] _ends = ArrayPool<int>.Shared.Rent(InitialCapacity);
    private int[] _sentences = ArrayPool<int>.Shared.Rent(InitialCapacity);
    private byte[] _flags = ArrayPool<byte>.Shared.Rent(InitialCapacity);

    public string Original { get; private set; } = "";

    public int Length { get; private set; }

    /// <summary>Whether an '@' or an at-marker candidate was seen, so e-mail detection can be skipped otherwise.</summary>
    public bool MayContainEmail { get; private set; }

    /// <summary>Number of ASCII digits seen, so phone and account-number detection can be skipped otherwise.</summary>
    public int DigitCount { get; private set; }

    /// <summary>Whether a pass may have something to do; the passes are skipped otherwise (most messages).</summary>
    public bool NeedsWhitespacePass { get; private set; }

    public bool HasKanjiDigit { get; private set; }

    /// <summary>How often a one-letter word stood between separators: two or more may make a spaced-out word.</summary>
    public int SpacedLetterHints { get; private set; }

    public bool HasRemovals { get; private set; }

    public bool HasSentences { get; private set; }

    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);

    private const byte InfoSeparator = 1;
    private const byte InfoWhitespace = 2;
    private const byte InfoEmail = 4;
    private const byte InfoDigit = 8;

    private static readonly byte[] AsciiInfo = BuildAsciiInfo();

    // Flags are only written by the passes; they are cleared on first use instead of once per appended character.
    private bool _flagsValid;

    public char this[int index] => _chars[index];

    public int OriginalStart(int index) => _starts[index];

    public int OriginalEnd(int index) => _ends[index];

    public int Sentence(int index) => _sentences[index];

    public bool HasSoftBoundary(int index) => _flagsValid && (_flags[index] & SoftBoundary) != 0;

    /// <summary>The original text from normalised index <paramref name="start"/> up to <paramref name="end"/> (exclusive).</summary>
    public (int Start, int Length) ToOriginal(int start, int end)
    {
        if (end <= start)
        {
            return (start < Length ? _starts[start] : Original.Length, 0);
        }

        var from = _starts[start];
        var to = _ends[end - 1];
        return (from, Math.Max(0, to - from));
    }

    public void Reset(string original)
    {
        Original = original;
        Length = 0;
        MayContainEmail = false;
        DigitCount = 0;
        NeedsWhitespacePass = false;
        HasKanjiDigit = false;
        SpacedLetterHints = 0;
        HasRemovals = false;
        HasSentences = false;
        _flagsValid = false;
        EnsureCapacity(original.Length + 8);
    }

    public void Append(char c, int originalStart, int originalEnd)
    {
        if (Length == _chars.Length)
        {
            EnsureCapacity(Length * 2);
        }

        AppendUnchecked(c, originalStart, originalEnd);
    }

    /// <summary>Appends without a capacity check; the caller has called <see cref="EnsureCapacity"/> for the segment.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AppendUnchecked(char c, int originalStart, int originalEnd)
    {
        var index = Length;
        _chars[index] = c;
        _starts[index] = originalStart;
        _ends[index] = originalEnd;
        Length = index + 1;
        if (c < 0x80)
        {
            var info = AsciiInfo[c];
            if (info != 0)
            {
                NoteAscii(c, info, index);
            }
        }
        else if (c is '・' or '·' or '、' or 'と' or '〇' or '零' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九')
        {
            NoteOther(c, index);
        }
    }

    // The bookkeeping that lets Finish skip passes: only a few characters need any, so it sits off the hot path.
    private void NoteAscii(char c, byte info, int index)
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

        var previous = index == 0 ? '\n' : _chars[index - 1];
        if (c == ' ' ? previous is ' ' or '\n' : c == '\n' && previous == ' ')
        {
            NeedsWhitespacePass = true;
        }

        if ((info & InfoSeparator) != 0)
        {
            NoteSeparator(previous, index);
        }
    }

    private void NoteOther(char c, int index)
    {
        if (c == 'と')
        {
            // "あっと" is recognised on its last letter.
            MayContainEmail |= index >= 2 && _chars[index - 1] == 'っ' && _chars[index - 2] == 'あ';
        }
        else if (c is '・' or '·' or '、')
        {
            NoteSeparator(index == 0 ? '\n' : _chars[index - 1], index);
        }
        else
        {
            HasKanjiDigit = true;
        }
    }

    // A separator right after a one-letter word ("L " in "L I N E", "ラ " in "「ラ イ ン」").
    private void NoteSeparator(char previous, int index)
    {
        if (index > 0 && CharFolding.WordClass(previous) is var wordClass and not 0
            && (index == 1 || CharFolding.WordClass(_chars[index - 2]) != wordClass))
        {
            SpacedLetterHints++;
        }
    }

    /// <summary>Lets the last character cover more of the original (a voicing mark folded into it).</summary>
    public void ReplaceLast(char c, int originalEnd)
    {
        _chars[Length - 1] = c;
        _ends[Length - 1] = originalEnd;
    }

    public char Last => Length == 0 ? '\0' : _chars[Length - 1];

    public void Set(int index, char c) => _chars[index] = c;

    /// <summary>Counts digits produced by a later pass (kanji digits), so number detection still runs.</summary>
    public void CountDigits(int count) => DigitCount += count;

    public void MarkRemoved(int index)
    {
        EnsureFlags();
        _flags[index] |= Removed;
        HasRemovals = true;
    }

    public bool IsRemoved(int index) => _flagsValid && (_flags[index] & Removed) != 0;

    public void MarkSoftBoundary(int index)
    {
        EnsureFlags();
        _flags[index] |= SoftBoundary;
    }

    private void EnsureFlags()
    {
        if (!_flagsValid)
        {
            _flags.AsSpan(0, Length).Clear();
            _flagsValid = true;
        }
    }

    /// <summary>Makes <paramref name="index"/> stand for the original range up to that of <paramref name="lastIndex"/>.</summary>
    public void Extend(int index, int lastIndex) => _ends[index] = Math.Max(_ends[index], _ends[lastIndex]);

    public void SetSentence(int index, int sentence) => _sentences[index] = sentence;

    public void MarkSentencesNumbered() => HasSentences = true;

    /// <summary>Drops the characters marked removed, keeping order and maps.</summary>
    public void Compact()
    {
        if (!HasRemovals)
        {
            return;
        }

        HasRemovals = false;
        var write = 0;
        for (var read = 0; read < Length; read++)
        {
            if ((_flags[read] & Removed) != 0)
            {
                continue;
            }

            _chars[write] = _chars[read];
            _starts[write] = _starts[read];
            _ends[write] = _ends[read];
            _flags[write] = _flags[read];
            write++;
        }

        Length = write;
    }

    public override string ToString() => new(Chars);

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
