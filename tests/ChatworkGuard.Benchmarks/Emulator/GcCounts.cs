namespace ChatworkGuard.Benchmarks.Emulator;

/// <summary>Garbage-collector counters of this process, to compare runs when wall-clock figures are noisy.</summary>
public readonly record struct GcCounts(long AllocatedBytes, int Gen0, int Gen1, int Gen2)
{
    public static GcCounts Now() => new(GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    public static GcCounts operator -(GcCounts left, GcCounts right) =>
        new(left.AllocatedBytes - right.AllocatedBytes, left.Gen0 - right.Gen0, left.Gen1 - right.Gen1, left.Gen2 - right.Gen2);

    public static GcCounts Subtract(GcCounts left, GcCounts right) => left - right;
}
