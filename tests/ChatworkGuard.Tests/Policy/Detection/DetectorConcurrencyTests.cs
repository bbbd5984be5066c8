namespace ChatworkGuard.Tests.Policy.Detection;

public sealed class DetectorConcurrencyTests
{
    private static readonly string[] Messages =
    [
        "LINE交換しませんか？ ID: abc",
        "報酬はPayPalで払います",
        "仮払いは不要です。すぐ着手してください",
        "次回から直接契約にしましょう",
        "修正しました",
        "[qt][qtmeta aid=1]LINEで[/qt]お断りします",
        "Let's kick off today.",
        "my email is a.b(at)gmail.com, reach me there directly",
    ];

    [Fact]
    public void Detect_ManyThreadsAtOnce_GiveTheSameResultsAsOneThread()
    {
        var expected = Messages.Select(m => string.Join(',', DefaultDetector.Instance.Detect(m).RuleIds)).ToArray();
        var mismatches = 0;

        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var index = i % Messages.Length;
            if (string.Join(',', DefaultDetector.Instance.Detect(Messages[index]).RuleIds) != expected[index])
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }
}
