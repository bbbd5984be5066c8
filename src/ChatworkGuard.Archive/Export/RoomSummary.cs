namespace ChatworkGuard.Archive.Export;

/// <summary>What the header and the manifest say about a room, gathered in a first pass over its records.</summary>
internal sealed class RoomSummary
{
    // Chatwork's message ids are digits: kept as numbers they cost a few bytes each, not a string per message.
    private readonly HashSet<long> _numericMessageIds = [];
    private readonly HashSet<string> _otherMessageIds = new(StringComparer.Ordinal);

    public long RecordCount { get; private set; }

    public SortedDictionary<string, long> CountsByKind { get; } = new(StringComparer.Ordinal);

    public int MessageCount => _numericMessageIds.Count + _otherMessageIds.Count;

    public RoomSnapshotDetails? Snapshot { get; private set; }

    public string? Platform { get; private set; }

    /// <summary>Where the platform and the roles came from, from the room-profile records ("" when there are none).</summary>
    public string ProfileOrigin => string.Join("; ", new[] { _platformOrigin, _contractorOrigin, _clientOrigin }.Where(o => o is not null));

    private string? _platformOrigin;
    private string? _contractorOrigin;
    private string? _clientOrigin;
    private bool _platformByCommand;

    public DateTimeOffset? FirstObservedAt { get; private set; }

    public DateTimeOffset? LastObservedAt { get; private set; }

    public void Observe(ArchiveRecord record)
    {
        RecordCount++;
        var kind = record.Kind.ToWireName();
        CountsByKind[kind] = CountsByKind.GetValueOrDefault(kind) + 1;
        if (record.Kind.IsMessageKind() && record.MessageId is not null)
        {
            // Only canonical digits count as numbers, so "007" and "7" stay two ids as they are two strings.
            if (long.TryParse(record.MessageId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                && number.ToString(System.Globalization.CultureInfo.InvariantCulture) == record.MessageId)
            {
                _numericMessageIds.Add(number);
            }
            else
            {
                _otherMessageIds.Add(record.MessageId);
            }
        }

        if (record.Kind is RecordKind.RoomSnapshot or RecordKind.RoomJoined && RoomSnapshotDetails.TryParse(record.Details) is { } snapshot)
        {
            Snapshot = snapshot;
            Platform = snapshot.Platform ?? Platform;
        }

        if (record.Kind == RecordKind.RoomProfile && RoomProfileDetails.TryParse(record.Details) is { } profile)
        {
            ObserveProfile(record, profile);
        }

        FirstObservedAt ??= record.ObservedAt;
        LastObservedAt = record.ObservedAt;
    }

    /// <summary>A team lead's configured parts win over the records', as they do in the bot; called after the first pass.</summary>
    public void ApplyConfigured(ConfiguredRoomProfile? configured)
    {
        if (configured is null)
        {
            return;
        }

        if (configured.Platform is { Length: > 0 } platform)
        {
            Platform = platform;
            _platformOrigin = $"platform {platform}: configured (Rooms:Profiles)";
        }

        _contractorOrigin = configured.ContractorAccountIds.Count > 0 ? $"contractor {string.Join(",", configured.ContractorAccountIds)}: configured (Rooms:Profiles)" : _contractorOrigin;
        _clientOrigin = configured.ClientAccountIds.Count > 0 ? $"client {string.Join(",", configured.ClientAccountIds)}: configured (Rooms:Profiles)" : _clientOrigin;
    }

    // A command outranks any later inference (a rename), as it does in the bot.
    private void ObserveProfile(ArchiveRecord record, RoomProfileDetails profile)
    {
        var seq = record.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (profile.Cause == RoomProfileDetails.Command)
        {
            var by = $"command by {record.AccountName ?? record.AccountId?.ToString(System.Globalization.CultureInfo.InvariantCulture)} (#{seq})";
            if (profile.Platform is not null)
            {
                Platform = profile.Platform;
                _platformByCommand = true;
                _platformOrigin = $"platform {profile.Platform}: {by}";
            }

            _contractorOrigin = profile.ContractorAccountIds is { } contractors ? $"contractor {string.Join(",", contractors)}: {by}" : _contractorOrigin;
            _clientOrigin = profile.ClientAccountIds is { } clients ? $"client {string.Join(",", clients)}: {by}" : _clientOrigin;
            return;
        }

        if (_platformByCommand)
        {
            return;
        }

        Platform = profile.Platform ?? Platform;
        var from = profile.InferredFrom switch
        {
            "name" => $"room name “{profile.RoomName}”",
            "description" => $"room description “{profile.Description}”",
            _ => null,
        };
        var candidates = profile.Candidates is { Count: > 1 } several ? $", candidates {string.Join(" / ", several)}" : "";
        _platformOrigin = from is null
            ? $"platform: no platform named in “{profile.RoomName}” (#{seq})"
            : $"platform {profile.Platform}: inferred from the {from}, matched {string.Join(" / ", profile.Matched ?? [])}{candidates} (#{seq})";
    }
}
