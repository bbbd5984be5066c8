using System.Globalization;

namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>
/// Samples a process's resident memory from /proc/&lt;pid&gt;/status (VmRSS) every 250 ms, and its high-water mark
/// (VmHWM, the kernel's own peak) on <see cref="FinishAsync"/>; the peak is the larger of the two. RssAnon (the
/// process's private memory, without the mapped runtime and framework files) is sampled too, to explain the figure.
/// </summary>
internal sealed class RssSampler : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(250);
    private readonly string _statusPath;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peakKb;
    private long _peakAnonKb;
    private int _samples;

    private RssSampler(int processId, TimeProvider time)
    {
        _statusPath = string.Create(CultureInfo.InvariantCulture, $"/proc/{processId}/status");
        _loop = LoopAsync(time);
    }

    /// <summary>The highest resident set seen so far, in MiB; 0 where /proc is not available.</summary>
    public double PeakMb => Interlocked.Read(ref _peakKb) / 1024.0;

    /// <summary>The highest RssAnon seen, in MiB: heap, stacks and other private memory.</summary>
    public double PeakAnonMb => Interlocked.Read(ref _peakAnonKb) / 1024.0;

    /// <summary>How many VmRSS samples were taken.</summary>
    public int Samples => Volatile.Read(ref _samples);

    public static RssSampler Start(int processId, TimeProvider time) => new(processId, time);

    /// <summary>Stops sampling and folds in VmHWM; call it while the process still runs.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        Raise(ref _peakKb, Read("VmHWM:"));
        await _stop.CancelAsync();
        await _loop.WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task LoopAsync(TimeProvider time)
    {
        using var timer = new PeriodicTimer(Period, time);
        try
        {
            do
            {
                if (Read("VmRSS:") is { } kb)
                {
                    Raise(ref _peakKb, kb);
                    Raise(ref _peakAnonKb, Read("RssAnon:"));
                    Interlocked.Increment(ref _samples);
                }
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException)
        {
            // FinishAsync ended the sampling.
        }
    }

    private static void Raise(ref long peak, long? kb)
    {
        if (kb is not { } value)
        {
            return;
        }

        var seen = Interlocked.Read(ref peak);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref peak, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }

    // "VmRSS:\t  123456 kB"; null once the process is gone (the file disappears) or on systems without /proc.
    private long? Read(string key)
    {
        try
        {
            foreach (var line in File.ReadLines(_statusPath))
            {
                if (line.StartsWith(key, StringComparison.Ordinal)
                    && long.TryParse(line.AsSpan(key.Length).Trim().TrimEnd("kB").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var kb))
                {
                    return kb;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between two samples.
        }
        catch (UnauthorizedAccessException)
        {
            // Not ours to read.
        }

        return null;
    }
}
