namespace ChatworkGuard.Policy.Detection;

/// <summary>A context or exception group of a rule: terms that must (or must not) occur near the rule's match.</summary>
public sealed class RuleConditionOptions
{
    /// <summary>The group's terms, in the same syntax as <see cref="RuleOptions.Terms"/>.</summary>
    public List<string> Terms { get; set; } = [];

    /// <summary>
    /// How near: <c>sentence</c> (the same sentence), <c>message</c> (anywhere), or a number of normalised characters
    /// between the two matches. Default: sentence.
    /// </summary>
    public string Within { get; set; } = "sentence";

    /// <summary>Where: <c>any</c>, <c>before</c> or <c>after</c> the rule's match. Default: any.</summary>
    public string Side { get; set; } = "any";

    /// <summary>For an exception: terms that, found within the same reach, cancel the exception. Default: none.</summary>
    public List<string> Unless { get; set; } = [];
}
