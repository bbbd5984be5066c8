namespace ChatworkGuard.Policy.Notices;

/// <summary>A team lead's wording for one warning category in one language; unset parts keep the built-in text.</summary>
public sealed class WarningTemplate
{
    /// <summary>The warning's title. Default: the built-in title.</summary>
    public string? Title { get; set; }

    /// <summary>What to do instead (the last paragraph). Default: the built-in advice.</summary>
    public string? Advice { get; set; }
}
