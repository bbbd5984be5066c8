using ChatworkGuard.Policy.Detection;

namespace ChatworkGuard.Tests.Policy.Detection;

/// <summary>
/// One detector with the built-in rules and no model, shared by the tests (it is immutable and thread-safe): these
/// tests pin what the rules do; the model's own tests are in Model/.
/// </summary>
internal static class DefaultDetector
{
    public static Detector Instance { get; } = Detector.Create(new DetectionOptions { Model = { Enabled = false } });

    public static IReadOnlyList<string> Categories(string body) => Instance.Detect(body).Categories;
}
