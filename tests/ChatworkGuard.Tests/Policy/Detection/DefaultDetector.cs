using ChatworkGuard.Policy.Detection;

namespace ChatworkGuard.Tests.Policy.Detection;

/// <summary>One detector with the built-in rules, shared by the tests (it is immutable and thread-safe).</summary>
internal static class DefaultDetector
{
    public static Detector Instance { get; } = Detector.Create();

    public static IReadOnlyList<string> Categories(string body) => Instance.Detect(body).Categories;
}
