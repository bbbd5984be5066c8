namespace ChatworkGuard.Policy.Detection.Model;

/// <summary>Receives the features of one message; a struct so the calls inline.</summary>
internal interface IFeatureSink
{
    /// <summary>One feature occurrence; <paramref name="sentence"/> is -1 for features of the whole message.</summary>
    void Add(int feature, float value, int sentence);
}

/// <summary>
/// Turns a normalised message into model features. The trainer and the run-time scorer both call this one
/// method, so a model scores exactly the features it was trained on.
/// </summary>
internal static class ModelFeatures
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    // Word features mix in lengths no character n-gram has, so a word and an n-gram of the same characters stay apart.
    private const int WordSalt = 16;

    /// <summary>
    /// Emits every character n-gram and, when the shape asks for them, every word and pair of words (all of weight
    /// 1/√count, so length does not inflate a score) with the sentence it starts in, then one feature of weight 1 per rule outcome and per vocabulary list hit. <paramref name="outcomes"/>
    /// and <paramref name="vocabularyHits"/> are indexed by the shape's slots. Sentences must be numbered
    /// (<see cref="Normalization.EnsureSentences"/>).
    /// </summary>
    public static void Extract<TSink>(NormalizationBuffer buffer, ModelShape shape, ReadOnlySpan<RuleOutcome> outcomes, ReadOnlySpan<bool> vocabularyHits, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var chars = buffer.Chars;
        var words = shape.WordN > 0 ? WordTokens.Count(chars) : 0;
        var count = NgramCount(chars.Length, shape.MinN, shape.MaxN) + WordFeatureCount(words, shape.WordN);
        if (count > 0)
        {
            var value = 1f / MathF.Sqrt(count);
            var mask = (uint)shape.NgramSlots - 1;
            for (var i = 0; i < chars.Length; i++)
            {
                var hash = FnvOffset;
                var sentence = buffer.Sentence(i);
                var longest = Math.Min(shape.MaxN, chars.Length - i);
                for (var k = 0; k < longest; k++)
                {
                    hash = (hash ^ Fold(chars[i + k])) * FnvPrime;
                    if (k + 1 >= shape.MinN)
                    {
                        sink.Add((int)(Mix(hash, k) & mask), value, sentence);
                    }
                }
            }

            if (words > 0)
            {
                ExtractWords(buffer, shape, value, ref sink);
            }
        }

        for (var slot = 0; slot < outcomes.Length; slot++)
        {
            if (outcomes[slot] != RuleOutcome.None)
            {
                sink.Add(shape.RuleFeature(slot, outcomes[slot]), 1f, -1);
            }
        }

        for (var slot = 0; slot < vocabularyHits.Length; slot++)
        {
            if (vocabularyHits[slot])
            {
                sink.Add(shape.VocabularyFeature(slot), 1f, -1);
            }
        }
    }

    /// <summary>Word unigrams and, with <see cref="ModelShape.WordN"/> 2, pairs of neighbouring words, hashed apart from the character n-grams.</summary>
    private static void ExtractWords<TSink>(NormalizationBuffer buffer, ModelShape shape, float value, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var mask = (uint)shape.NgramSlots - 1;
        var tokens = new WordTokens(buffer.Chars);
        var previous = 0u;
        var first = true;
        while (tokens.MoveNext())
        {
            var sentence = buffer.Sentence(tokens.Start);
            sink.Add((int)(Mix(tokens.Hash, WordSalt) & mask), value, sentence);
            if (shape.WordN >= 2 && !first)
            {
                sink.Add((int)(Mix((previous * FnvPrime) ^ tokens.Hash, WordSalt + 1) & mask), value, sentence);
            }

            previous = tokens.Hash;
            first = false;
        }
    }

    private static int WordFeatureCount(int words, int wordN) =>
        wordN <= 0 ? 0 : words + (wordN >= 2 ? Math.Max(0, words - 1) : 0);

    /// <summary>How many n-grams <see cref="Extract"/> emits for a text of <paramref name="length"/> characters.</summary>
    public static int NgramCount(int length, int minN, int maxN)
    {
        var count = 0;
        for (var n = minN; n <= maxN; n++)
        {
            count += Math.Max(0, length - n + 1);
        }

        return count;
    }

    // Digits fold to one digit (a phone number is a shape, not a value); every whitespace is one space.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(char c) => c switch
    {
        >= '0' and <= '9' => '0',
        '\n' or '\t' or '\r' or '\u3000' => ' ',
        _ => c,
    };

    // The n-gram's length is mixed in, so "ab" and a 3-gram that happens to hash alike stay apart.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint hash, int k)
    {
        hash ^= (uint)(k + 1) * 0x9E3779B1;
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6D;
        hash ^= hash >> 12;
        return hash;
    }
}
