namespace ChatworkGuard.Bot.Rooms;

/// <summary>What a room's <c>room-profile</c> records say, folded in chain order: the latest inference and the latest
/// command for each part.</summary>
internal sealed class RoomProfileState
{
    /// <summary>The latest inferred record (null: none yet).</summary>
    public RoomProfileDetails? LastInferred { get; private set; }

    /// <summary>The platform a member set by command, if any.</summary>
    public Platform? CommandPlatform { get; private set; }

    /// <summary>The contractors a member set by command, if any.</summary>
    public IReadOnlyList<long>? CommandContractors { get; private set; }

    /// <summary>The client side a member set by command, if any.</summary>
    public IReadOnlyList<long>? CommandClients { get; private set; }

    /// <summary>The inferred platform: the one candidate with rules, Other when the name was ambiguous; null when
    /// nothing was inferred or nothing named a platform.</summary>
    public Platform? InferredPlatform =>
        LastInferred is { Candidates.Count: > 0 } inferred && Enum.TryParse<Platform>(inferred.Platform, out var platform) ? platform : null;

    /// <summary>Applies one record's details.</summary>
    public void Apply(RoomProfileDetails? details)
    {
        switch (details)
        {
            case { Cause: RoomProfileDetails.Inferred }:
                LastInferred = details;
                break;
            case { Cause: RoomProfileDetails.Command }:
                if (details.Platform is not null && Enum.TryParse<Platform>(details.Platform, out var platform))
                {
                    CommandPlatform = platform;
                }

                CommandContractors = details.ContractorAccountIds ?? CommandContractors;
                CommandClients = details.ClientAccountIds ?? CommandClients;
                break;
            default:
                break;
        }
    }
}
