namespace ChatworkGuard.Policy.Platforms;

/// <summary>What a room's name or description says about its platform.</summary>
/// <param name="Platform">The platform whose rules apply: the one candidate when there is exactly one and the bot has
/// rules for it, else <see cref="Platform.Other"/>.</param>
/// <param name="Candidates">Every platform named, by canonical name (e.g. "CrowdWorks", "Upwork"), in order of appearance.</param>
/// <param name="Matched">The spellings found, as folded for matching (NFKC, lower case), in the same order.</param>
public sealed record PlatformInference(Platform Platform, IReadOnlyList<string> Candidates, IReadOnlyList<string> Matched)
{
    /// <summary>Nothing named a platform.</summary>
    public static PlatformInference None { get; } = new(Platform.Other, [], []);

    /// <summary>Whether any platform was named.</summary>
    public bool Found => Candidates.Count > 0;

    /// <summary>Whether two or more platforms were named (the room is then treated as <see cref="Platform.Other"/>).</summary>
    public bool Ambiguous => Candidates.Count > 1;
}
