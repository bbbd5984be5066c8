using System.Globalization;
using ChatworkGuard.Archive;

namespace ChatworkGuard.Benchmarks.Archive;

/// <summary>Realistic records for the archive figures: Japanese chat messages of typical length, some edits.</summary>
internal static class ArchiveData
{
    private static readonly DateTimeOffset Start = new(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Bodies =
    [
        "お世話になっております。本日のデザイン修正版をお送りします。ご確認のほどよろしくお願いいたします。",
        "ありがとうございます！ヘッダーの色をもう少し明るくできますか？",
        "承知しました。明日の午前中までに対応いたします。",
        "[To:10125216] 山田さん\n仮払いの件、ご確認いただけましたでしょうか。",
        "LPのファーストビューについて、参考サイトを3つ共有します。\nhttps://example.com/a\nhttps://example.com/b",
    ];

    /// <summary>When record <paramref name="n"/> of a room is observed: <paramref name="n"/> seconds after the data's start.</summary>
    public static DateTimeOffset ObservedAt(long n) => Start.AddSeconds(n);

    /// <summary>Record <paramref name="n"/> of a room: mostly new messages, every tenth an edit of the one before.</summary>
    public static RecordDraft Draft(long roomId, long n)
    {
        var edit = n % 10 == 0;
        var messageNumber = edit ? n - 1 : n;
        return new RecordDraft
        {
            RoomId = roomId,
            Kind = edit ? RecordKind.MessageEdited : RecordKind.MessageCreated,
            MessageId = (1_900_000_000_000_000_000L + messageNumber).ToString(CultureInfo.InvariantCulture),
            AccountId = 10_000_000 + (n % 3),
            AccountName = (n % 3) switch { 0 => "山田 太郎", 1 => "Sato Design", _ => "Client Co." },
            Body = Bodies[(int)(n % Bodies.Length)] + (edit ? "（追記）" : string.Empty) + " #" + n.ToString(CultureInfo.InvariantCulture),
            SendTime = Start.AddSeconds(messageNumber).ToUnixTimeSeconds(),
            UpdateTime = edit ? Start.AddSeconds(n).ToUnixTimeSeconds() : 0,
            ObservedAt = ObservedAt(n),
            Source = RecordSource.Poll,
        };
    }

    public static List<RecordDraft> Batch(long roomId, long first, int count)
    {
        var drafts = new List<RecordDraft>(count);
        for (var i = 0; i < count; i++)
        {
            drafts.Add(Draft(roomId, first + i));
        }

        return drafts;
    }
}
