namespace ChatworkGuard.Archive;

/// <summary>The details JSON of a <c>room-snapshot</c> (and optionally <c>room-joined</c>) record.</summary>
/// <remarks>JSON: <c>{"name":"…","members":[{"account_id":1,"name":"…","role":"admin"}],"platform":"CrowdWorks","read_by":2}</c>.
/// The export reads the latest snapshot for its header.</remarks>
/// <param name="Name">The room name.</param>
/// <param name="Members">The members at the time of the snapshot.</param>
/// <param name="Platform">The origin platform from the room's profile (CrowdWorks, Lancers, Coconala, Other), if known.</param>
/// <param name="ReadBy">With several bot accounts, the account that reads the room from this snapshot on (its owner);
/// absent with one account.</param>
public sealed record RoomSnapshotDetails(
    string Name,
    IReadOnlyList<RoomMember> Members,
    string? Platform,
    long? ReadBy = null)
{
    /// <summary>The JSON text to put in <see cref="RecordContent.Details"/>.</summary>
    public string ToJson() => RecordDetailsJson.Serialize(this);

    /// <summary>Reads snapshot details; null when <paramref name="json"/> is absent or not a snapshot.</summary>
    public static RoomSnapshotDetails? TryParse(string? json) =>
        RecordDetailsJson.TryParse<RoomSnapshotDetails>(json) is { Name: not null } details ? details with { Members = details.Members ?? [] } : null;
}
