using System.Buffers;

namespace ChatworkGuard.Policy.Text;

/// <summary>The buffer's storage: arrays rented from the shared pools, grown together and returned on dispose.</summary>
internal sealed partial class NormalizationBuffer
{
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
