using ChatworkGuard.Policy;
using ChatworkGuard.Policy.Detection;
using ChatworkGuard.Policy.Detection.Model;
using ChatworkGuard.Training;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ChatworkGuard.Tests.Training;

/// <summary>
/// The bot scores with its own code, not ML.NET: these tests prove that its scores are ML.NET's, and that training
/// is reproducible.
/// </summary>
public sealed class ModelParityTests
{
    private static readonly LabelledMessage[] Corpus = Messages();

    [Theory]
    [InlineData(0, false)]
    [InlineData(2, false)]
    [InlineData(2, true)]
    public void RawModelScores_EqualMlNetsOwnScoresForTheSameModel(int wordN, bool naiveBayesScaling)
    {
        var rulesOnly = Detector.Create(new DetectionOptions { Model = { Enabled = false } });
        var shape = new ModelShape(HashBits: 12, MinN: 1, MaxN: 3, WindowSentences: 0, rulesOnly.RuleIds, rulesOnly.VocabularyNames, wordN);
        var vectors = FeatureRows.Featurize(rulesOnly, shape, Corpus);
        bool[] labels = [.. Corpus.Select(m => m.Has(DetectionCategory.EscrowBypass))];
        // With naive-Bayes scaling ML.NET sees the scaled features and the bot folds the scale into the weights.
        var ratios = naiveBayesScaling ? NaiveBayesScaling.Ratios(vectors, labels, shape.Dimension, alpha: 1f) : null;
        if (ratios is not null)
        {
            vectors = NaiveBayesScaling.Apply(vectors, ratios);
        }

        var ml = new MLContext(seed: 7);
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, shape.Dimension);
        var data = ml.Data.LoadFromEnumerable(Corpus.Select((m, i) => new FeatureRow { Label = labels[i], Features = vectors[i] }), schema);
        var fitted = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options { NumberOfThreads = 1 }).Fit(data);
        var mlScores = fitted.Transform(data).GetColumn<float>("Score").ToArray();

        var names = Detector.ModelCategoryNames;
        var c = names.ToList().IndexOf(DetectionCategory.EscrowBypass);
        var weights = new float[shape.Dimension * names.Count];
        var f = 0;
        foreach (var weight in fitted.Model.SubModel.Weights)
        {
            weights[(f * names.Count) + c] = weight * (ratios?[f] ?? 1f);
            f++;
        }

        var heads = names.Select(n => new CategoryModel(n, n == DetectionCategory.EscrowBypass ? fitted.Model.SubModel.Bias : 0f, -1f, 0f, 0.5f)).ToArray();
        var scorer = Detector.CreateWithModel(new DetectionOptions(), new DetectionModel(shape, heads, weights));
        for (var i = 0; i < Corpus.Length; i++)
        {
            Assert.Equal(mlScores[i], scorer.RawModelScores(Corpus[i].Text)[c], 3);
        }
    }

    [Fact]
    public void Train_TwiceWithTheSameSeed_WritesTheSameBytes()
    {
        byte[] Train()
        {
            var model = new ModelTrainer(seed: 11, TextWriter.Null).Train(Corpus, TrainingConfig.Grid(quick: true)).Model;
            using var stream = new MemoryStream();
            ModelFile.Write(stream, model);
            return stream.ToArray();
        }

        Assert.Equal(Train(), Train());
    }

    private static LabelledMessage[] Messages()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Policy", "Detection", "Corpus", "own-cases.jsonl");
        return [.. CorpusFiles.Read([path])];
    }
}
