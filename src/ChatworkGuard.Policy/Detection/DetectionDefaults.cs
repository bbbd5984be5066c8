namespace ChatworkGuard.Policy.Detection;

/// <summary>The defaults of the detection options and rules, in one place.</summary>
public static class DetectionDefaults
{
    /// <summary>Minimum time between two warnings of the same category in one room: 30 minutes.</summary>
    public static readonly TimeSpan Cooldown = TimeSpan.FromMinutes(30);

    /// <summary>The largest context or exception window a rule may ask for, in normalised characters: 500.</summary>
    public const int MaxWindow = 500;

    /// <summary>The most terms one rule term list may expand to (templates multiply): 20,000.</summary>
    public const int MaxExpandedTerms = 20_000;

    /// <summary>How long one configured regex may run on one message before it is abandoned: 50 ms.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(50);
}
