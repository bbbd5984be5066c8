using Microsoft.Extensions.Options;

namespace ChatworkGuard.Policy.Detection;

/// <summary>Compiles the configured rules with the built-in ones and reports every problem, each naming its rule.</summary>
internal sealed class DetectionOptionsValidator : IValidateOptions<DetectionOptions>
{
    public ValidateOptionsResult Validate(string? name, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        RuleCompiler.Compile(BuiltInRules.Document, options, out var problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
