namespace ChatworkGuard.Policy.Detection.Model;

/// <summary>
/// Scores a normalised message with a <see cref="DetectionModel"/> in one pass over its features, keeping
/// per-sentence sums so it can also score windows of sentences and name the sentence that scores highest.
/// </summary>
internal static class ModelScorer
{
    /// <summary>
    /// Fills <paramref name="scores"/> (uncalibrated: bias plus weights) and <paramref name="bestSentence"/> (-1 when
    /// the text is empty) per category. The rule outcomes must already be in <c>scratch.Outcomes</c> (after
    /// <see cref="ModelScratch.Reset"/>).
    /// </summary>
    public static void Score(DetectionModel model, NormalizationBuffer buffer, ModelScratch scratch, Span<float> scores, Span<int> bestSentence)
    {
        var categories = model.Categories.Count;
        var sentences = buffer.Length == 0 ? 0 : buffer.Sentence(buffer.Length - 1) + 1;
        var sink = new ScoringSink(model, scratch.SentenceSums, scratch.SentenceCounts, scratch.RuleSums, categories);
        ModelFeatures.Extract(buffer, model.Shape, scratch.Outcomes.AsSpan(0, model.Shape.RuleIds.Count), scratch.VocabularyHits.AsSpan(0, model.Shape.VocabularyIds.Count), ref sink);

        var window = model.Shape.WindowSentences;
        for (var c = 0; c < categories; c++)
        {
            var sums = scratch.SentenceSums;
            var counts = scratch.SentenceCounts;
            float total = 0;
            var count = 0;
            var best = -1;
            var bestValue = float.NegativeInfinity;
            for (var s = 0; s < sentences; s++)
            {
                total += sums[(s * categories) + c];
                count += counts[s];
                if (counts[s] > 0 && sums[(s * categories) + c] / MathF.Sqrt(counts[s]) > bestValue)
                {
                    bestValue = sums[(s * categories) + c] / MathF.Sqrt(counts[s]);
                    best = s;
                }
            }

            var score = Normalized(total, count);
            if (window > 0 && sentences > window)
            {
                score = Math.Max(score, BestWindow(sums, counts, sentences, window, categories, c));
            }

            scores[c] = model.Categories[c].Bias + score + scratch.RuleSums[c];
            bestSentence[c] = best;
        }
    }

    private static float BestWindow(float[] sums, int[] counts, int sentences, int window, int categories, int c)
    {
        float sum = 0;
        var count = 0;
        var best = float.NegativeInfinity;
        for (var s = 0; s < sentences; s++)
        {
            sum += sums[(s * categories) + c];
            count += counts[s];
            if (s >= window)
            {
                sum -= sums[((s - window) * categories) + c];
                count -= counts[s - window];
            }

            if (s >= window - 1)
            {
                best = Math.Max(best, Normalized(sum, count));
            }
        }

        return best;
    }

    private static float Normalized(float sum, int count) => count == 0 ? 0f : sum / MathF.Sqrt(count);

    private readonly struct ScoringSink(DetectionModel model, float[] sentenceSums, int[] sentenceCounts, float[] ruleSums, int categories) : IFeatureSink
    {
        public void Add(int feature, float value, int sentence)
        {
            var row = model.Row(feature);
            if (sentence < 0)
            {
                for (var c = 0; c < row.Length; c++)
                {
                    ruleSums[c] += row[c] * value;
                }

                return;
            }

            // Text features (n-grams and words) all weigh 1/√N, weighted or not; the sums stay unscaled so windows of
            // sentences can be normalised by their own count.
            sentenceCounts[sentence]++;
            var cell = sentence * categories;
            for (var c = 0; c < row.Length; c++)
            {
                sentenceSums[cell + c] += row[c];
            }
        }
    }
}
