namespace ChatworkGuard.Emulator.State;

/// <summary>A thread-safe counter for numeric ids that start at a realistic size (docs/chatwork-api.md §2).</summary>
internal sealed class IdSequence(long first)
{
    private long _last = first - 1;

    public long Next() => Interlocked.Increment(ref _last);
}
