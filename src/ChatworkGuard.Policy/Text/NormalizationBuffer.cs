using System.Buffers;

namespace ChatworkGuard.Policy.Text;

/// <summary>
/// The normalised characters of one message and, for each, the range of the original text it came from. Arrays
/// are rented and reused, so normalising a message allocates nothing once the buffer has grown to size.
/// </summary>
internal sealed class NormalizationBuffer : IDisposable
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

    /// <summary>What the text may contain, so passes and detectors can be skipped.</summary>
    public ref readonly NormalizationHints Hints => ref _hints;

    public bool HasRemovals { get; private set; }

    public bool HasSentences { get; private set; }

    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);

    // Flags are only written by the passes; they are cleared on first use instead of once per appended character.
    private bool _flagsValid;

    private NormalizationHints _hints;

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
        _hints = default;
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
        _hints.Note(c, _chars, index);
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
    public void CountDigits(int count) => _hints.CountDigits(count);

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

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        ArrayPool<int>.Shared.Return(_starts);
        ArrayPool<int>.Shared.Return(_ends);
        ArrayPool<int>.Shared.Return(_sentences);
        ArrayPool<byte>.Shared.Return(_flags);
        _chars = [];
        _starts = [];
        _ends = [];
        _sentences = [];
        _flags = [];
    }

    public void EnsureCapacity(int capacity)
    {
        if (capacity <= _chars.Length)
        {
            return;
        }

        _chars = Grow(_chars, capacity);
        _starts = Grow(_starts, capacity);
        _ends = Grow(_ends, capacity);
        _sentences = Grow(_sentences, capacity);
        _flags = Grow(_flags, capacity);
    }

    private T[] Grow<T>(T[] array, int capacity)
    {
        var grown = ArrayPool<T>.Shared.Rent(capacity);
        Array.Copy(array, grown, Length);
        ArrayPool<T>.Shared.Return(array);
        return grown;
    }
}
