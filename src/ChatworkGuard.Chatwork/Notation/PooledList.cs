namespace ChatworkGuard.Chatwork.Notation;

/// <summary>A growable list over rented arrays, for working data that must not allocate per call. Dispose returns the array.</summary>
internal struct PooledList<T> : IDisposable
{
    private T[] _items;

    public PooledList(int capacity) => _items = ArrayPool<T>.Shared.Rent(Math.Max(4, capacity));

    public int Count { get; private set; }

    public readonly ReadOnlySpan<T> AsSpan() => _items.AsSpan(0, Count);

    public readonly ref T this[int index] => ref _items[index];

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            var grown = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            Array.Copy(_items, grown, Count);
            ArrayPool<T>.Shared.Return(_items);
            _items = grown;
        }

        _items[Count++] = item;
    }

    public void RemoveLast() => Count--;

    public void Dispose()
    {
        if (_items is { Length: > 0 })
        {
            ArrayPool<T>.Shared.Return(_items);
        }

        _items = [];
        Count = 0;
    }
}
