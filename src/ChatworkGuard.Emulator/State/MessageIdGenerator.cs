namespace ChatworkGuard.Emulator.State;

/// <summary>Makes 64-bit message ids shaped like Chatwork's: milliseconds since 2010-06-14T00:00:00Z shifted
/// left by 22 bits. Recorded ids fit exactly (984676321621704704 was sent at 1511238729), so ids carry their
/// time and sort in posting order; they are strictly increasing and never shorter than 18 digits.</summary>
internal sealed class MessageIdGenerator(TimeProvider timeProvider)
{
    public const long EpochUnixMilliseconds = 1_276_473_600_000;
    public const int SequenceBits = 22;
    public const long Minimum = 100_000_000_000_000_000;

    private long _last;

    public long Next()
    {
        var elapsed = Math.Max(timeProvider.GetUtcNow().ToUnixTimeMilliseconds() - EpochUnixMilliseconds, 0);
        var candidate = elapsed << SequenceBits;
        while (true)
        {
            var last = Volatile.Read(ref _last);
            var next = Math.Max(Math.Max(candidate, last + 1), Minimum);
            if (Interlocked.CompareExchange(ref _last, next, last) == last)
            {
                return next;
            }
        }
    }

    /// <summary>The posting time an id encodes (to the millisecond).</summary>
    public static DateTimeOffset TimeOf(long messageId) =>
        DateTimeOffset.FromUnixTimeMilliseconds((messageId >> SequenceBits) + EpochUnixMilliseconds);
}
