namespace ChatworkGuard.Training;

/// <summary>
/// Finds near-duplicate messages by the Jaccard similarity of their character 3-grams (after removing white
/// space and case), so that two writers' "same message with another name" counts once.
/// </summary>
internal static class NearDuplicates
{
    /// <summary>
    /// The messages of <paramref name="candidates"/> to drop: each one at least <paramref name="threshold"/>
    /// similar to a message kept before it or to any message of <paramref name="keep"/>.
    /// </summary>
    public static List<(LabelledMessage Dropped, LabelledMessage Like, double Similarity)> Find(
        IReadOnlyList<LabelledMessage> candidates, IReadOnlyList<LabelledMessage> keep, double threshold)
    {
        var kept = keep.Select(m => (Message: m, Grams: Grams(m.Text))).ToList();
        var index = new Dictionary<int, List<int>>();
        for (var i = 0; i < kept.Count; i++)
        {
            AddToIndex(index, kept[i].Grams, i);
        }

        var dropped = new List<(LabelledMessage, LabelledMessage, double)>();
        foreach (var message in candidates)
        {
            var grams = Grams(message.Text);
            var shared = new Dictionary<int, int>();
            foreach (var gram in grams)
            {
                foreach (var other in index.GetValueOrDefault(gram) ?? [])
                {
                    shared[other] = shared.GetValueOrDefault(other) + 1;
                }
            }

            var match = shared
                .Select(s => (Other: s.Key, Similarity: (double)s.Value / (grams.Count + kept[s.Key].Grams.Count - s.Value)))
                .Where(s => s.Similarity >= threshold)
                .OrderByDescending(s => s.Similarity)
                .FirstOrDefault();
            if (match.Similarity >= threshold && shared.Count > 0)
            {
                dropped.Add((message, kept[match.Other].Message, match.Similarity));
                continue;
            }

            kept.Add((message, grams));
            AddToIndex(index, grams, kept.Count - 1);
        }

        return dropped;
    }

    private static void AddToIndex(Dictionary<int, List<int>> index, HashSet<int> grams, int item)
    {
        foreach (var gram in grams)
        {
            if (!index.TryGetValue(gram, out var list))
            {
                index[gram] = list = [];
            }

            list.Add(item);
        }
    }

    private static HashSet<int> Grams(string text)
    {
        var compact = new string([.. text.Where(c => !char.IsWhiteSpace(c)).Select(char.ToLowerInvariant)]);
        var grams = new HashSet<int>();
        for (var i = 0; i + 3 <= compact.Length; i++)
        {
            grams.Add(string.GetHashCode(compact.AsSpan(i, 3), StringComparison.Ordinal));
        }

        return grams;
    }
}
