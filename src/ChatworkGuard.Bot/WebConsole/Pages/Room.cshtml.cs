namespace ChatworkGuard.Bot.WebConsole.Pages;

/// <summary>A room's timeline, rendered like Chatwork by the evidence page's notation renderer; 404 for a room the archive does not know.</summary>
public sealed class RoomModel : ConsolePageModel
{
    /// <summary>The room.</summary>
    [BindProperty(SupportsGet = true)]
    public long RoomId { get; set; }

    /// <summary>The first record shown; the latest page when absent.</summary>
    [BindProperty(SupportsGet = true)]
    public long? From { get; set; }

    /// <summary>True when the archive does not know the room (the page answers 404 and says so).</summary>
    internal bool Missing { get; private set; }

    internal ConsoleRoomRow Room { get; private set; } = null!;

    internal IReadOnlyList<TimelineItem> Items { get; private set; } = [];

    internal long? EarlierFrom { get; private set; }

    /// <summary>Member names by account id (JSON) for the notation renderer's mentions.</summary>
    internal string MembersJson { get; private set; } = "{}";

    /// <summary>Reads the room's records.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var archive = Service<IArchiveStore>();
        var head = await archive.GetChainHeadAsync(RoomId, cancellationToken);
        if (head is null || await Service<ConsoleRoomList>().FindAsync(RoomId, cancellationToken) is not { } room)
        {
            // A page that says so (a browser shows an empty 404 as its own error page).
            Response.StatusCode = StatusCodes.Status404NotFound;
            Missing = true;
            return Page();
        }

        Room = room;
        (Items, EarlierFrom) = await RoomTimeline.ReadAsync(archive, head, From, cancellationToken);
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in Items.Select(i => i.Record).Where(r => r.AccountId is not null && r.AccountName is not null))
        {
            members[record.AccountId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)] = record.AccountName!;
        }

        MembersJson = JsonSerializer.Serialize(members);
        return Page();
    }
}
