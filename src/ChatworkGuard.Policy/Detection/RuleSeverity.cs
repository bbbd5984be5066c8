namespace ChatworkGuard.Policy.Detection;

/// <summary>How serious a rule's finding is; warnings may be worded or routed by it.</summary>
public enum RuleSeverity
{
    /// <summary>Worth noting; weak evidence on its own.</summary>
    Low,

    /// <summary>Likely a violation.</summary>
    Medium,

    /// <summary>A clear proposal to deal outside the platform.</summary>
    High,
}
