namespace ChatworkGuard.Bot.WebConsole.Pages;

/// <summary>The rooms page: every archived room, filterable by text and state, sortable by any column.</summary>
public sealed class IndexModel : ConsolePageModel
{
    /// <summary>Text that a room's name, id or platform must contain.</summary>
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "q")]
    public string? Filter { get; set; }

    /// <summary>Only rooms in this state (Active, Lost); all when empty.</summary>
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    /// <summary>The column sorted by.</summary>
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>Descending when true.</summary>
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    internal IReadOnlyList<ConsoleRoomRow> Rooms { get; private set; } = [];

    internal int Total { get; private set; }

    /// <summary>Reads the rooms.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await Service<ConsoleRoomList>().ReadAsync(cancellationToken);
        Total = all.Count;
        Rooms = [.. RoomQuery.Sort(RoomQuery.Filter(all, Filter, State), Sort, Desc)];
    }

    /// <summary>The link that sorts by <paramref name="key"/> (reversing the order when already sorted by it).</summary>
    internal string SortLink(string key) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Filter,
            ["state"] = State,
            ["sort"] = key,
            ["desc"] = Sort == key && !Desc ? "true" : "false",
        }).ToUriComponent();
}
