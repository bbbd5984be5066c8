using BenchmarkDotNet.Attributes;
using ChatworkGuard.Policy.Detection;

namespace ChatworkGuard.Benchmarks.Policy;

/// <summary>
/// Detector throughput on the corpus mix against the naive one-Regex-per-rule baseline, and allocations for clean
/// messages. Each mix benchmark scans every message once per invocation, so the reported mean is per message
/// (messages/s = 1 s / mean).
/// </summary>
[MemoryDiagnoser]
public class DetectorBenchmarks
{
    private const int MixSize = 220;

    private Detector _detector = null!;
    private NaiveRegexDetector _naive = null!;
    private string[] _mix = [];

    [GlobalSetup]
    public void Setup()
    {
        _detector = Detector.Create();
        _naive = new NaiveRegexDetector();
        var (source, messages) = CorpusMix.Load();
        // A fixed count keeps OperationsPerInvoke exact whatever the source; repeat or cut the mix to fit.
        _mix = [.. Enumerable.Range(0, MixSize).Select(i => messages[i % messages.Length])];
        Console.WriteLine($"// corpus mix: {source} ({messages.Length} messages); naive baseline: {_naive.RuleCount} regexes");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = MixSize)]
    public int NaiveRegexPerRule_CorpusMix()
    {
        var total = 0;
        foreach (var message in _mix)
        {
            total += _naive.Detect(message);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = MixSize)]
    public int Detector_CorpusMix()
    {
        var total = 0;
        foreach (var message in _mix)
        {
            total += _detector.Detect(message).Categories.Count;
        }

        return total;
    }

    [Benchmark]
    public int Detector_CleanMessage() => _detector.Detect("いただいた原稿、誤字が2箇所ありましたので修正しておきました。").Categories.Count;

    [Benchmark]
    public int Detector_CleanMessageWithNotation() => _detector.Detect("[To:1234567]佐藤さん\nThe staging URL is up. Log in with the test account from the README.").Categories.Count;

    [Benchmark]
    public int Detector_CleanEnglishMessage() => _detector.Detect("The unit tests are all green now, merging the PR after lunch.").Categories.Count;
}
