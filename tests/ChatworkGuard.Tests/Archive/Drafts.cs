using ChatworkGuard.Archive;

namespace ChatworkGuard.Tests.Archive;

/// <summary>Builders for throwaway archive drafts.</summary>
internal static class Drafts
{
    public static readonly DateTimeOffset Epoch = new(2025, 7, 1, 9, 30, 0, TimeSpan.Zero);

    public static RecordDraft Message(long roomId, int n, string? body = null, long updateTime = 0, RecordKind kind = RecordKind.MessageCreated) => new()
    {
        RoomId = roomId,
        Kind = kind,
        MessageId = (1_900_000_000_000_000_000L + n).ToString(System.Globalization.CultureInfo.InvariantCulture),
        AccountId = 10_000 + (n % 3),
        AccountName = n % 2 == 0 ? "山田 太郎" : "Client Co.",
        Body = body ?? $"message {n}",
        SendTime = 1_751_362_200 + n,
        UpdateTime = updateTime,
        ObservedAt = Epoch.AddSeconds(n),
        Source = RecordSource.Poll,
    };

    public static RecordDraft Event(long roomId, RecordKind kind, string? details = null, int n = 0) => new()
    {
        RoomId = roomId,
        Kind = kind,
        ObservedAt = Epoch.AddSeconds(n),
        Source = RecordSource.Bot,
        Details = details,
    };

    public static List<RecordDraft> Messages(long roomId, int count, int start = 1) =>
        Enumerable.Range(start, count).Select(n => Message(roomId, n)).ToList();
}
