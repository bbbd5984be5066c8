namespace ChatworkGuard.Policy.Detection;

/// <summary>A detection result with the learned model's probability per category.</summary>
/// <param name="Result">What <see cref="Detector.Detect(string?)"/> returns for the same body: rules and model combined.</param>
/// <param name="Probabilities">The model's calibrated probability per category and signal; empty without a model.</param>
/// <param name="CancelledRuleIds">
/// Rules whose words were found but an exception cancelled them (negation, quoting the rules, a feature of the
/// software being built): why a message that looks like a lure was not warned about.
/// </param>
public sealed record DetectionScores(DetectionResult Result, IReadOnlyDictionary<string, double> Probabilities, IReadOnlyList<string> CancelledRuleIds);
