namespace ChatworkGuard.Bot.WebConsole.Pages;

/// <summary>"Try a message": runs the bot's current detector on text the lead types and marks what it found. Nothing is stored or posted.</summary>
public sealed class TryModel : ConsolePageModel
{
    /// <summary>Longer text is refused (Chatwork's own message limit).</summary>
    public const int MaxLength = 65_535;

    /// <summary>The text to check.</summary>
    [BindProperty]
    public string? Text { get; set; }

    internal DetectionResult? Result { get; private set; }

    /// <summary>The text cut at the findings: each piece with the findings that cover it (none for plain text).</summary>
    internal IReadOnlyList<(string Text, IReadOnlyList<Finding> Findings)> Pieces { get; private set; } = [];

    /// <summary>Shows the box.</summary>
    public void OnGet()
    {
    }

    /// <summary>Runs the detector.</summary>
    public IActionResult OnPost()
    {
        var text = Text ?? "";
        if (text.Length > MaxLength)
        {
            return BadRequest();
        }

        Result = Service<LiveDetector>().Current.Detect(text);
        Pieces = Split(text, Result.Findings);
        return Page();
    }

    private static List<(string, IReadOnlyList<Finding>)> Split(string text, IReadOnlyList<Finding> findings)
    {
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var finding in findings)
        {
            cuts.Add(Math.Clamp(finding.Start, 0, text.Length));
            cuts.Add(Math.Clamp(finding.Start + finding.Length, 0, text.Length));
        }

        var points = cuts.ToList();
        var pieces = new List<(string, IReadOnlyList<Finding>)>();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (start, end) = (points[i], points[i + 1]);
            var covering = findings.Where(f => f.Start <= start && f.Start + f.Length >= end && f.Length > 0).ToList();
            pieces.Add((text[start..end], covering));
        }

        return pieces;
    }
}
