namespace ChatworkGuard.Policy.Detection.Model;

/// <summary>The <c>Detection:Model</c> section: the learned second opinion beside the rules.</summary>
public sealed class DetectionModelOptions
{
    /// <summary>Whether the model adds findings to the rules' (rule id <c>model:&lt;category&gt;</c>). Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Whether the model may drop a built-in rule's finding when it is sure the words are innocent in this message
    /// (its probability for that category is below the category's veto, chosen on the validation folds). Rules
    /// configured in <c>Detection:Rules</c> are never dropped. Default: true.
    /// </summary>
    public bool VetoRules { get; set; } = true;

    /// <summary>A model file to use instead of the one shipped inside the Policy assembly (a retrained model). Default: none.</summary>
    public string? Path { get; set; }

    /// <summary>
    /// Per-category probability thresholds (0–1) that replace the ones chosen on the validation split, keyed by
    /// category name (<c>direct-payment</c>, <c>off-platform-contract</c>, <c>off-platform-contact</c>,
    /// <c>escrow-bypass</c>, <c>work-start</c>). Higher means fewer, surer warnings. Default: the model's own.
    /// </summary>
    public Dictionary<string, double> Thresholds { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
