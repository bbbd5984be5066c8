namespace ChatworkGuard.Bot.WebConsole.Reading;

/// <summary>The rooms page's filter and sort, from its query string.</summary>
internal static class RoomQuery
{
    /// <summary>The columns a list can be sorted by.</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["room", "state", "platform", "members", "messages", "edits", "deletions", "warnings", "escrow", "last", "delay"];

    /// <summary>The rows whose name, id or platform contain <paramref name="filter"/> and whose state is <paramref name="state"/> (any when empty).</summary>
    public static IEnumerable<ConsoleRoomRow> Filter(IEnumerable<ConsoleRoomRow> rows, string? filter, string? state)
    {
        var text = filter?.Trim() ?? "";
        return rows.Where(r =>
            (text.Length == 0
             || r.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
             || r.Platform.Contains(text, StringComparison.OrdinalIgnoreCase)
             || r.RoomId.ToString(CultureInfo.InvariantCulture).Contains(text, StringComparison.Ordinal))
            && (string.IsNullOrEmpty(state) || string.Equals(r.State.ToString(), state, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Sorted by <paramref name="key"/> (room id when unknown), descending when <paramref name="descending"/>; room id breaks ties.</summary>
    public static IEnumerable<ConsoleRoomRow> Sort(IEnumerable<ConsoleRoomRow> rows, string? key, bool descending)
    {
        Func<ConsoleRoomRow, IComparable?> by = key switch
        {
            "state" => r => r.State.ToString(),
            "platform" => r => r.Platform,
            "members" => r => r.Members,
            "messages" => r => r.Messages,
            "edits" => r => r.Edits,
            "deletions" => r => r.Deletions,
            "warnings" => r => r.Warnings,
            "escrow" => r => r.Escrow?.Status.ToString() ?? "",
            "last" => r => r.LastRecordAt ?? DateTimeOffset.MinValue,
            "delay" => r => r.SyncDelay ?? TimeSpan.Zero,
            "room" => r => r.Name,
            _ => r => r.RoomId,
        };
        var ordered = descending ? rows.OrderByDescending(by) : rows.OrderBy(by);
        return ordered.ThenBy(r => r.RoomId);
    }
}
