using ChatworkGuard.Emulator;

namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>The bot's entries in the emulator's request log, and what kind of call each was.</summary>
internal static class BotRequests
{
    /// <summary>Every request the bot's tokens (all its accounts) made since the log was last cleared, oldest first.</summary>
    public static IReadOnlyList<RequestLogEntry> Of(EmulatorControl control, IEnumerable<string> tokens)
    {
        var hashes = tokens.Select(RequestLogEntry.HashToken).ToHashSet(StringComparer.Ordinal);
        return [.. control.RequestLog.Where(e => hashes.Contains(e.TokenHash))];
    }

    public static bool IsRoomList(RequestLogEntry entry) => entry.Method == "GET" && entry.Path == "/v2/rooms";

    public static bool IsMessageRead(RequestLogEntry entry) =>
        entry.Method == "GET" && entry.Path.StartsWith("/v2/rooms/", StringComparison.Ordinal) && entry.Path.EndsWith("/messages", StringComparison.Ordinal);

    public static bool IsPost(RequestLogEntry entry) => entry.Method is "POST" or "PUT" or "DELETE";

    /// <summary>The calls every cycle makes whether or not anything happened (the room list, contact requests).</summary>
    public static bool IsCycleOverhead(RequestLogEntry entry) =>
        IsRoomList(entry) || (entry.Method == "GET" && entry.Path == "/v2/incoming_requests");
}
