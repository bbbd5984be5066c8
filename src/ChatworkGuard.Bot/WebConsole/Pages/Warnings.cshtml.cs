namespace ChatworkGuard.Bot.WebConsole.Pages;

/// <summary>Warnings across rooms, filterable by category and by date (Japan time, inclusive).</summary>
public sealed class WarningsModel : ConsolePageModel
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    /// <summary>The categories offered in the filter.</summary>
    internal static readonly IReadOnlyList<string> Categories =
        [DetectionCategory.OffPlatformContact, DetectionCategory.DirectPayment, DetectionCategory.OffPlatformContract, DetectionCategory.EscrowBypass];

    /// <summary>Only this category; all when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    /// <summary>The first day shown.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>The last day shown.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    internal IReadOnlyList<WarningEntry> Entries { get; private set; } = [];

    /// <summary>Reads the warnings.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var category = string.IsNullOrEmpty(Category) ? null : Category;
        Entries = await Service<WarningLog>().ReadAsync(category, Start(From), Start(To?.AddDays(1)), cancellationToken);
    }

    private static DateTimeOffset? Start(DateOnly? day) => day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), Jst) : null;
}
