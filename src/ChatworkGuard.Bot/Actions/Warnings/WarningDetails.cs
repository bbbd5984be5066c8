namespace ChatworkGuard.Bot.Actions.Warnings;

/// <summary>The details JSON of warning-posted and warning-suppressed records.</summary>
/// <param name="Categories">The categories warned about (or suppressed).</param>
/// <param name="Rules">The rule ids that fired.</param>
/// <param name="ReplyTo">The message the warning answers.</param>
/// <param name="Excerpt">The matched excerpt as the author wrote it.</param>
/// <param name="PostedMessageId">The id of the bot's warning message, when posted.</param>
/// <param name="CooldownUntil">For a suppressed warning: when the cooldown ends.</param>
internal sealed record WarningDetails(
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Rules,
    string? ReplyTo,
    string? Excerpt,
    string? PostedMessageId,
    DateTimeOffset? CooldownUntil)
{
    /// <summary>The author of the message the warning answers (absent in records written before it was kept).</summary>
    public long? AccountId { get; init; }

    /// <summary>The highest severity found per category: low, medium or high (absent in older records).</summary>
    public IReadOnlyDictionary<string, string>? Severities { get; init; }

    /// <summary>The severity recorded for <paramref name="category"/>, or null when the record has none.</summary>
    public RuleSeverity? SeverityOf(string category) =>
        Severities is not null && Severities.TryGetValue(category, out var name) && Enum.TryParse<RuleSeverity>(name, ignoreCase: true, out var severity)
            ? severity
            : null;

    /// <summary>The highest severity of <paramref name="result"/>'s findings in <paramref name="category"/> (medium when none says).</summary>
    public static RuleSeverity SeverityIn(DetectionResult result, string category)
    {
        ArgumentNullException.ThrowIfNull(result);
        var severities = result.Findings.Where(f => !f.IsSignal && f.Category == category).Select(f => f.Severity).ToList();
        return severities.Count == 0 ? RuleSeverity.Medium : severities.Max();
    }

    /// <summary>The JSON text for a record's details.</summary>
    public string ToJson() => RecordDetailsJson.Serialize(this);

    /// <summary>The categories named in a warning record's details; empty when unreadable.</summary>
    public static IReadOnlyList<string> CategoriesOf(string? json) => TryParse(json)?.Categories ?? [];

    /// <summary>A warning record's details; null when missing or unreadable.</summary>
    public static WarningDetails? TryParse(string? json) => RecordDetailsJson.TryParse<WarningDetails>(json);

    /// <summary>
    /// Records whether <paramref name="category"/> was warned about by the model alone: the model adds a finding
    /// (<c>model:&lt;category&gt;</c>) only where no rule found that category.
    /// </summary>
    public static void NoteSource(HashSet<string> modelOnly, string category, IReadOnlyList<string> rules)
    {
        if (rules.Contains(ChatworkGuard.Policy.Detection.Detector.ModelRulePrefix + category))
        {
            modelOnly.Add(category);
        }
        else
        {
            modelOnly.Remove(category);
        }
    }
}
