using Microsoft.Extensions.Options;

namespace ChatworkGuard.Policy.Detection;

/// <summary>
/// Compiles the configured rules with the built-in ones and checks the model settings; reports every problem,
/// each naming its rule, category or file.
/// </summary>
internal sealed class DetectionOptionsValidator : IValidateOptions<DetectionOptions>
{
    public ValidateOptionsResult Validate(string? name, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        RuleCompiler.Compile(BuiltInRules.Document, options, out var problems);
        var all = problems.ToList();
        all.AddRange(ModelProblems(options.Model));
        return all.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(all);
    }

    private static IEnumerable<string> ModelProblems(DetectionModelOptions model)
    {
        foreach (var (category, threshold) in model.Thresholds)
        {
            if (Categories.IndexOf(category) < 0)
            {
                yield return $"Detection:Model:Thresholds:{category} names no category; use one of {string.Join(", ", Categories.Names)}.";
            }

            if (double.IsNaN(threshold) || threshold is < 0 or > 1)
            {
                yield return $"Detection:Model:Thresholds:{category} is {threshold.ToString(CultureInfo.InvariantCulture)}; a threshold is a probability from 0 to 1.";
            }
        }

        if (model.Enabled)
        {
            string? failure = null;
            try
            {
                ModelLoader.Load(model);
            }
            catch (DetectionModelException ex)
            {
                failure = ex.Message;
            }

            if (failure is not null)
            {
                yield return failure;
            }
        }
    }
}
