using System.Runtime.InteropServices;
using ChatworkGuard.Policy.Detection;
using ChatworkGuard.Policy.Detection.Model;

namespace ChatworkGuard.Testing;

/// <summary>Small hand-made models: a category that fires on the 3-grams of a trigger word, nothing else.</summary>
internal static class TestModels
{
    public static readonly Detector RulesOnly = Detector.Create(new DetectionOptions { Model = { Enabled = false } });

    private static readonly ModelShape Shape = new(HashBits: 12, MinN: 3, MaxN: 3, WindowSentences: 0, RulesOnly.RuleIds, RulesOnly.VocabularyNames);

    /// <summary>A model in which each (category, trigger) pair scores high when the trigger's 3-grams appear.</summary>
    public static DetectionModel Triggered(params (string Category, string Trigger)[] triggers) => Triggered(40f, triggers);

    /// <summary>As above, with each trigger 3-gram weighing <paramref name="weight"/> (smaller: a less certain model).</summary>
    public static DetectionModel Triggered(float weight, params (string Category, string Trigger)[] triggers)
    {
        var names = Detector.ModelCategoryNames;
        var weights = new float[Shape.Dimension * names.Count];
        foreach (var (category, trigger) in triggers)
        {
            var c = names.ToList().IndexOf(category);
            foreach (var feature in NgramFeatures(trigger))
            {
                weights[(feature * names.Count) + c] = weight;
            }
        }

        var heads = names.Select(n => new CategoryModel(n, Bias: -6f, Slope: -1f, Offset: 0f, Threshold: 0.5f)).ToArray();
        return new DetectionModel(Shape, heads, weights);
    }

    /// <summary>
    /// <paramref name="model"/> with an any-lure head after its categories: it scores high when <paramref name="trigger"/>'s
    /// 3-grams appear (probability near 1), else near 0, and vetoes below 0.3, adds above 0.7.
    /// </summary>
    public static DetectionModel WithAnyLure(DetectionModel model, string trigger, string name = AnyLureHead.Name)
    {
        var categories = model.Categories.Count;
        var heads = categories + 1;
        var weights = new float[Shape.Dimension * heads];
        var dense = model.DenseWeights();
        for (var f = 0; f < Shape.Dimension; f++)
        {
            Array.Copy(dense, f * categories, weights, f * heads, categories);
        }

        foreach (var feature in NgramFeatures(trigger))
        {
            weights[(feature * heads) + categories] = 40f;
        }

        var head = new CategoryModel(name, Bias: -6f, Slope: -1f, Offset: 0f, Threshold: 0.7f, Veto: 0.3f);
        return new DetectionModel(Shape, [.. model.Categories, head], weights);
    }

    /// <summary>Writes <paramref name="model"/> to a file, for a bot configured with Detection:Model:Path.</summary>
    public static string WriteFile(DetectionModel model, string path)
    {
        using var file = File.Create(path);
        ModelFile.Write(file, model);
        return path;
    }

    public static HashSet<int> NgramFeatures(string text)
    {
        var features = new Dictionary<int, float>();
        var sink = new Sink(features);
        RulesOnly.ExtractFeatures(text, Shape, ref sink);
        return [.. features.Keys.Where(f => f < Shape.NgramSlots)];
    }

    private readonly struct Sink(Dictionary<int, float> into) : IFeatureSink
    {
        public void Add(int feature, float value, int sentence) => CollectionsMarshal.GetValueRefOrAddDefault(into, feature, out _) += value;
    }
}
