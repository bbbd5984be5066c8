namespace ChatworkGuard.Bot.Sync;

/// <summary>The sync's log events, one catalogue for the types that make up a cycle and a resync pass.</summary>
/// <remarks>Shared rather than one class per type: "room failed" is the same event wherever a room fails, and the
/// event ids stay the ones dashboards already filter on.</remarks>
internal static partial class SyncLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Sync cycle: {Listed} watched rooms, {Joined} joined, {Read} read, {Lost} lost, {Added} records archived, {Failed} failed")]
    public static partial void CycleDone(ILogger logger, int listed, int joined, int read, int lost, int added, int failed);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Joined room {RoomId}; {Added} records archived")]
    public static partial void Joined(ILogger logger, long roomId, int added);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Room {RoomId} is lost (HTTP {Status}); archived as room-lost")]
    public static partial void RoomLost(ILogger logger, long roomId, int status);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Room {RoomId} could not be synced; it is retried next cycle")]
    public static partial void RoomFailed(ILogger logger, long roomId, Exception error);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Room {RoomId} is missing from GET /rooms but still answers; not treated as lost")]
    public static partial void UnlistedButReachable(ILogger logger, long roomId);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Accepted the contact request of account {AccountId}")]
    public static partial void ContactAccepted(ILogger logger, long accountId);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Information, Message = "Resync: {Deferred} of {Due} due rooms wait for a later pass (Sync:ResyncShare of the API budget)")]
    public static partial void ResyncDeferred(ILogger logger, int deferred, int due);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Information, Message = "Room {RoomId} renamed: platform inferred as {Platform} (named: {Candidates}); archived as room-profile")]
    public static partial void ProfileInferred(ILogger logger, long roomId, ChatworkGuard.Policy.Platforms.Platform platform, IReadOnlyList<string> candidates);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "Could not accept the contact request of account {AccountId}")]
    public static partial void ContactAcceptFailed(ILogger logger, long accountId, Exception error);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Left the contact request of account {AccountId} pending: not in the bot's organization nor in Sync:AcceptContactRequestsFrom")]
    public static partial void ContactLeftPending(ILogger logger, long accountId);
}
