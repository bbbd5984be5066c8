namespace ChatworkGuard.Policy.Detection.Model;

/// <summary>One category's linear model: a bias, Platt calibration and the threshold chosen on the validation split.</summary>
/// <param name="Name">The category or signal name.</param>
/// <param name="Bias">Added to every score.</param>
/// <param name="Slope">Platt calibration: probability = 1 / (1 + exp(Slope × score + Offset)).</param>
/// <param name="Offset">Platt calibration offset.</param>
/// <param name="Threshold">The probability at or above which the model reports the category.</param>
/// <param name="Veto">
/// The probability below which a built-in rule's finding of this category is dropped: the model, which reads the
/// rule's verdict as one of its features, is then sure the words are innocent here. Zero never vetoes.
/// </param>
internal sealed record CategoryModel(string Name, float Bias, float Slope, float Offset, float Threshold, float Veto = 0f)
{
    public float Probability(float score) => 1f / (1f + MathF.Exp((Slope * score) + Offset));
}
