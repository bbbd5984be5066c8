namespace ChatworkGuard.Benchmarks.Emulator;

/// <summary>What one load run measured; latencies in milliseconds, sorted.</summary>
public sealed record LoadResult(int Requests, int Failures, TimeSpan Elapsed, IReadOnlyList<double> Latencies, GcCounts Gc);
