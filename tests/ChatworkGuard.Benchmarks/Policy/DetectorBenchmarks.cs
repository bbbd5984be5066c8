using BenchmarkDotNet.Attributes;
using ChatworkGuard.Policy.Detection;
using ChatworkGuard.Policy.Detection.Model;

namespace ChatworkGuard.Benchmarks.Policy;

/// <summary>
/// Detector throughput on the corpus mix — rules and model combined (what the bot runs), rules alone, and the naive
/// one-Regex-per-rule baseline — plus a 65,535-character message, loading the shipped model, and allocations for
/// clean messages. Each mix benchmark scans every message once per invocation, so the reported mean is per message
/// (messages/s = 1 s / mean).
/// </summary>
[MemoryDiagnoser]
public class DetectorBenchmarks
{
    private const int MixSize = 1000;

    private Detector _detector = null!;
    private Detector _rulesOnly = null!;
    private NaiveRegexDetector _naive = null!;
    private string[] _mix = [];
    private string _longest = "";

    [GlobalSetup]
    public void Setup()
    {
        _detector = Detector.Create();
        _rulesOnly = _detector.WithoutModel();
        _naive = new NaiveRegexDetector();
        var (source, messages) = CorpusMix.Load();
        // A fixed count keeps OperationsPerInvoke exact whatever the source; repeat or cut the mix to fit.
        _mix = [.. Enumerable.Range(0, MixSize).Select(i => messages[i % messages.Length])];
        // The longest body Chatwork accepts, made of real messages (a lure somewhere in a long thread of business).
        _longest = string.Join('\n', Enumerable.Repeat(messages, 65_535 / messages.Sum(m => m.Length + 1) + 1).SelectMany(m => m))[..65_535];
        Console.WriteLine($"// corpus mix: {source} ({messages.Length} messages); naive baseline: {_naive.RuleCount} regexes; model: {_detector.HasModel}");
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

    [Benchmark(OperationsPerInvoke = MixSize)]
    public int RulesOnly_CorpusMix()
    {
        var total = 0;
        foreach (var message in _mix)
        {
            total += _rulesOnly.Detect(message).Categories.Count;
        }

        return total;
    }

    [Benchmark]
    public int Detector_65535Characters() => _detector.Detect(_longest).Findings.Count;

    [Benchmark]
#pragma warning disable CA1822 // BenchmarkDotNet runs instance methods.
    public int LoadShippedModel()
    {
        using var stream = File.OpenRead(ModelLoader.ShippedPath);
        return ModelFile.Read(stream, "shipped").Shape.HashBits;
    }
#pragma warning restore CA1822

    [Benchmark]
    public int Detector_CleanMessage() => _detector.Detect("いただいた原稿、誤字が2箇所ありましたので修正しておきました。").Categories.Count;

    [Benchmark]
    public int Detector_CleanMessageWithNotation() => _detector.Detect("[To:1234567]佐藤さん\nThe staging URL is up. Log in with the test account from the README.").Categories.Count;

    [Benchmark]
    public int Detector_CleanEnglishMessage() => _detector.Detect("The unit tests are all green now, merging the PR after lunch.").Categories.Count;
}
