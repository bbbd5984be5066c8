using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ChatworkGuard.Training;

/// <summary>Fits one category's logistic regression with ML.NET (L-BFGS on one thread, so runs repeat exactly).</summary>
internal sealed class CategoryTrainer(MLContext ml, int dimension)
{
    /// <summary>The weights (dense, one per feature) and bias of a model separating the labelled rows.</summary>
    public (float[] Weights, float Bias) Fit(IReadOnlyList<VBuffer<float>> vectors, IReadOnlyList<bool> labels, float l1, float l2)
    {
        var rows = vectors.Select((v, i) => new FeatureRow { Label = labels[i], Features = v });
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
            L1Regularization = l1,
            L2Regularization = l2,
            NumberOfThreads = 1,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 400,
        });
        var model = trainer.Fit(data).Model.SubModel;
        var weights = new float[dimension];
        var i = 0;
        foreach (var weight in model.Weights)
        {
            weights[i++] = weight;
        }

        return (weights, model.Bias);
    }
}
