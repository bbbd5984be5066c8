namespace ChatworkGuard.Policy.Detection;

/// <summary>The built-in rule data (DefaultRules.json, an embedded resource): vocabulary lists and rules.</summary>
internal sealed class RuleSetDocument
{
    /// <summary>Free e-mail domains: an address at one of these is personal (<c>#freemail</c>).</summary>
    public List<string> EmailProviders { get; set; } = [];

    /// <summary>Named term lists that rules refer to as <c>@name</c>.</summary>
    public Dictionary<string, List<string>> Vocabulary { get; set; } = [];

    /// <summary>The built-in rules.</summary>
    public List<RuleOptions> Rules { get; set; } = [];
}
