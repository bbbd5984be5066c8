namespace ChatworkGuard.Bot.WebConsole.Reading;

/// <summary>One line of the console's rooms page.</summary>
/// <param name="RoomId">The Chatwork room id.</param>
/// <param name="Name">The room's latest archived name.</param>
/// <param name="State">Active, lost or unknown.</param>
/// <param name="Platform">The platform of the room's effective profile.</param>
/// <param name="Members">Members in the latest snapshot.</param>
/// <param name="Messages">Messages archived.</param>
/// <param name="Edits">Edits archived.</param>
/// <param name="Deletions">Deletions archived.</param>
/// <param name="Warnings">Warnings posted.</param>
/// <param name="Escrow">The current milestone's escrow state; null before any escrow record.</param>
/// <param name="LastRecordAt">When the room's latest record was archived.</param>
/// <param name="SyncDelay">How long a change the sync has seen has waited to be read; null when none waits.</param>
internal sealed record ConsoleRoomRow(
    long RoomId,
    string Name,
    RoomLifecycle State,
    string Platform,
    int Members,
    int Messages,
    int Edits,
    int Deletions,
    int Warnings,
    EscrowState? Escrow,
    DateTimeOffset? LastRecordAt,
    TimeSpan? SyncDelay);
