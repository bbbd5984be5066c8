using System.ComponentModel.DataAnnotations;

namespace ChatworkGuard.Policy.Detection;

/// <summary>The <c>Detection</c> configuration section: extra rules, disabled rules and exemptions.</summary>
public sealed class DetectionOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Detection";

    /// <summary>Whether the bot warns in rooms at all; scanning for the archive and the CLI is unaffected. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Minimum time between two warnings of the same category in one room. Default: 30 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan Cooldown { get; set; } = DetectionDefaults.Cooldown;

    /// <summary>Ids of built-in (or configured) rules to switch off; an unknown id stops start-up. Default: none.</summary>
    public List<string> DisabledRules { get; set; } = [];

    /// <summary>Extra rules, added to the built-in ones. Default: none.</summary>
    public List<RuleOptions> Rules { get; set; } = [];

    /// <summary>Accounts whose messages are never warned about (the team's own staff, for example). Default: none.</summary>
    public List<long> ExemptAccountIds { get; set; } = [];

    /// <summary>Rooms in which nobody is warned about. Default: none.</summary>
    public List<long> ExemptRoomIds { get; set; } = [];

    /// <summary>The learned model beside the rules: on/off, a replacement model file, per-category thresholds.</summary>
    public DetectionModelOptions Model { get; set; } = new();
}
