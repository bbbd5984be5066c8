using ChatworkGuard.Chatwork.Notation;
using ChatworkGuard.Policy.Text;

namespace ChatworkGuard.Tests.Fuzzing;

/// <summary>
/// Seeded random corpora through the notation parser and the text normaliser: no input throws, and the work is bounded
/// by the input (segments and ranges within the body, the normalised text a bounded multiple of the original). Bounded
/// by iterations and sizes, not by a clock.
/// </summary>
public sealed class NotationAndNormalizerFuzzTests
{
    private const int Iterations = 1_500;

    // Chatwork's largest message body.
    private const int MaxBodyLength = 65_535;

    [Theory]
    [InlineData(1401)]
    [InlineData(1402)]
    public void NotationParser_AnyBody_ParsesWithinItsBounds(int seed)
    {
        var corpus = new FuzzCorpus(seed);
        for (var i = 0; i < Iterations; i++)
        {
            var body = corpus.Text(i % 100 == 0 ? MaxBodyLength : 2_000);
            try
            {
                var segments = NotationParser.Parse(body);
                Assert.All(Flatten(segments), s => Assert.True(s.Start >= 0 && s.Length >= 0 && s.End <= body.Length, $"segment {s} outside the body"));
                _ = NotationParser.AuthorText(segments).Sum(t => t.Length);
                var ranges = new Range[NotationParser.MaxAuthorTextRanges(body)];
                var written = NotationParser.GetAuthorTextRanges(body, ranges);
                Assert.InRange(written, 0, ranges.Length);
                Assert.All(ranges[..written], r => Assert.InRange(r.End.GetOffset(body.Length), r.Start.GetOffset(body.Length), body.Length));
                Assert.True(NotationText.Neutralize(body).AsSpan().IndexOfAny('[', ']') < 0, "a bracket survived Neutralize");
            }
            catch (Exception error) when (error is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"seed {seed}, iteration {i}: {error.GetType().Name} for a body of {body.Length} chars: {error.Message}");
            }
        }
    }

    [Theory]
    [InlineData(1403)]
    [InlineData(1404)]
    public void TextNormalizer_AnyText_NormalizesWithinItsBounds(int seed)
    {
        var corpus = new FuzzCorpus(seed);
        for (var i = 0; i < Iterations; i++)
        {
            var text = corpus.Text(i % 100 == 0 ? MaxBodyLength : 2_000);
            try
            {
                var normalized = TextNormalizer.Normalize(text);
                Assert.Equal(text, normalized.Original);
                // Folding and expansions only ever write a few characters per original one.
                Assert.True(normalized.Text.Length <= (text.Length * 4) + 4, $"{normalized.Text.Length} normalised chars from {text.Length}");
                if (normalized.Text.Length > 0)
                {
                    var start = corpus.Random.Next(normalized.Text.Length);
                    var length = corpus.Random.Next(normalized.Text.Length - start + 1);
                    var (originalStart, originalLength) = normalized.ToOriginal(start, length);
                    Assert.True(originalStart >= 0 && originalLength >= 0 && originalStart + originalLength <= text.Length);
                    _ = normalized.OriginalExcerpt(start, length);
                }
            }
            catch (Exception error) when (error is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"seed {seed}, iteration {i}: {error.GetType().Name} for a text of {text.Length} chars: {error.Message}");
            }
        }
    }

    private static IEnumerable<NotationSegment> Flatten(IEnumerable<NotationSegment> segments)
    {
        foreach (var segment in segments)
        {
            yield return segment;
            if (segment is ContainerSegment container)
            {
                foreach (var child in Flatten(container.Children))
                {
                    yield return child;
                }
            }
        }
    }
}
