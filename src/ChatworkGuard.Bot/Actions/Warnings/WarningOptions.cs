namespace ChatworkGuard.Bot.Actions.Warnings;

/// <summary>The `Warnings` section: how warnings read and who else hears about them.</summary>
public sealed class WarningOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Warnings";

    /// <summary>Also post a one-line summary of each warning to the team lead's notification room. Default: false.</summary>
    public bool NotifyTeamLead { get; set; }

    /// <summary>Wording overrides: language ("Ja" or "En") → category (e.g. "direct-payment") → template. Default: none.</summary>
    public IDictionary<string, IDictionary<string, WarningTemplate>> Templates { get; init; } =
        new Dictionary<string, IDictionary<string, WarningTemplate>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The override for <paramref name="category"/> in <paramref name="language"/>, if any.</summary>
    public WarningTemplate? TemplateFor(string language, string category) =>
        Templates.FirstOrDefault(t => string.Equals(t.Key, language, StringComparison.OrdinalIgnoreCase)).Value is { } byCategory
        && byCategory.TryGetValue(category, out var template) ? template : null;
}
