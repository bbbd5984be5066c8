namespace ChatworkGuard.Policy.Detection;

/// <summary>
/// One detection rule, as written in appsettings.json (<c>Detection:Rules</c>) or in the built-in defaults. A rule
/// fires when one of its <see cref="Terms"/> or <see cref="Patterns"/> matches, every <see cref="Context"/> group
/// has a match near it, and no <see cref="Exceptions"/> group applies.
/// </summary>
public sealed class RuleOptions
{
    /// <summary>A unique id, e.g. <c>contact.messenger</c>; findings and the scan output name it.</summary>
    public string Id { get; set; } = "";

    /// <summary>direct-payment, off-platform-contract, off-platform-contact, escrow-bypass, or the signal work-start.</summary>
    public string Category { get; set; } = "";

    /// <summary>What the rule catches, for people reading the configuration.</summary>
    public string? Description { get; set; }

    /// <summary>Low, Medium or High. Default: Medium.</summary>
    public string Severity { get; set; } = nameof(RuleSeverity.Medium);

    /// <summary>
    /// Terms, matched on normalised text (case, width and kana folded; separators between letters joined). Syntax:
    /// <c>@name</c> a vocabulary list; <c>{@name}suffix</c> every word of a list with the suffix; <c>#email</c>,
    /// <c>#freemail</c>, <c>#handle</c>, <c>#phone</c>, <c>#account-number</c>, <c>#amount</c> built-in detectors;
    /// a trailing or leading <c>*</c> lets an ASCII term run into a longer word; a leading <c>&lt;</c> or trailing
    /// <c>&gt;</c> stops a kanji term from matching inside a longer kanji word.
    /// </summary>
    public List<string> Terms { get; set; } = [];

    /// <summary>Regular expressions matched on the normalised text (slower than terms; each runs on every message).</summary>
    public List<string> Patterns { get; set; } = [];

    /// <summary>Companions: every group needs a match near the term for the rule to fire. Default: none.</summary>
    public List<RuleConditionOptions> Context { get; set; } = [];

    /// <summary>Any group matching near the term stops the rule (innocent uses of the same words). Default: none.</summary>
    public List<RuleConditionOptions> Exceptions { get; set; } = [];

    /// <summary>Adds the built-in negation exception ("I can't move to LINE", 「お受けできかねます」). Default: true.</summary>
    public bool Negation { get; set; } = true;

    /// <summary>Adds the built-in rule-quoting exception (「直接取引は規約違反です」). Default: true.</summary>
    public bool RuleQuoting { get; set; } = true;

    /// <summary>Categories that, when found in the same message, drop this rule's finding (a signal implied by a warning).</summary>
    public List<string> SuppressedBy { get; set; } = [];
}
