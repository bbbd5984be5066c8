using System.Runtime.InteropServices;
using ChatworkGuard.Policy.Detection;
using ChatworkGuard.Policy.Detection.Model;
using Microsoft.ML.Data;

namespace ChatworkGuard.Training;

/// <summary>One training example as ML.NET reads it: a label and a sparse feature vector.</summary>
internal sealed class FeatureRow
{
    public bool Label { get; set; }

    public VBuffer<float> Features { get; set; }
}

/// <summary>Turns messages into sparse feature vectors through the detector's own feature code.</summary>
internal static class FeatureRows
{
    public static VBuffer<float>[] Featurize(Detector rulesOnly, ModelShape shape, IReadOnlyList<LabelledMessage> messages)
    {
        var vectors = new VBuffer<float>[messages.Count];
        var features = new Dictionary<int, float>();
        for (var i = 0; i < messages.Count; i++)
        {
            features.Clear();
            var sink = new CollectingSink(features);
            rulesOnly.ExtractFeatures(messages[i].Text, shape, ref sink);
            var indices = features.Keys.Order().ToArray();
            var values = indices.Select(f => features[f]).ToArray();
            vectors[i] = new VBuffer<float>(shape.Dimension, indices.Length, values, indices);
        }

        return vectors;
    }

    /// <summary>Repeated n-grams add up, as the run-time scorer's sums do.</summary>
    private readonly struct CollectingSink(Dictionary<int, float> into) : IFeatureSink
    {
        public void Add(int feature, float value, int sentence) =>
            CollectionsMarshal.GetValueRefOrAddDefault(into, feature, out _) += value;
    }
}
