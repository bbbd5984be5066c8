namespace ChatworkGuard.Policy.Detection.Model;

/// <summary>What one rule did with a message; the model reads it as a feature.</summary>
internal enum RuleOutcome : byte
{
    /// <summary>The rule's anchor and context were not both found.</summary>
    None,

    /// <summary>The rule fired.</summary>
    Fired,

    /// <summary>Anchor and context were found, but an exception (negation, quoting the rules, a feature) cancelled it.</summary>
    Excepted,
}
