using System.Globalization;
using ChatworkGuard.Archive;
using ChatworkGuard.Chatwork.Models;

namespace ChatworkGuard.Benchmarks.Ingest;

/// <summary>
/// A long-lived room as the API shows it: message n (1, 2, …) has a fixed id, author, body and send time, so the
/// archive's history and the messages still visible can be rebuilt from the count alone. Each <see cref="Advance"/>
/// posts new messages, edits some visible ones and deletes one, and returns the latest window of 100.
/// </summary>
internal sealed class IngestRoom
{
    public const long RoomId = 424242;
    public const int NewPerWindow = 10;
    public const int EditsPerWindow = 5;
    private const int Window = 100;
    private static readonly long Start = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    private static readonly string[] Bodies =
    [
        "お世話になっております。本日のデザイン修正版をお送りします。ご確認のほどよろしくお願いいたします。",
        "ありがとうございます！ヘッダーの色をもう少し明るくできますか？",
        "承知しました。明日の午前中までに対応いたします。",
        "[To:10125216] 山田さん\n仮払いの件、ご確認いただけましたでしょうか。",
        "LPのファーストビューについて、参考サイトを3つ共有します。\nhttps://example.com/a\nhttps://example.com/b",
    ];

    // The visible tail of the room, oldest first: enough to fill a window after deletions.
    private readonly List<Message> _visible = [];
    private readonly HashSet<string> _deleted = new(StringComparer.Ordinal);
    private readonly Random _random = new(20260513);
    private long _last;

    /// <summary>A room whose first <paramref name="history"/> messages are already archived and visible.</summary>
    public IngestRoom(long history)
    {
        _last = history;
        for (var n = Math.Max(1, history - (2 * Window) + 1); n <= history; n++)
        {
            _visible.Add(MessageNumber(n));
        }
    }

    /// <summary>Ids the API answers 404 for.</summary>
    public IReadOnlySet<string> Deleted => _deleted;

    /// <summary>Records n of the archive's history: message n, as first archived.</summary>
    public static RecordDraft HistoryDraft(long n)
    {
        var message = MessageNumber(n);
        return new RecordDraft
        {
            RoomId = RoomId,
            Kind = RecordKind.MessageCreated,
            MessageId = message.MessageId,
            AccountId = message.Account.AccountId,
            AccountName = message.Account.Name,
            Body = message.Body,
            SendTime = message.SendTime,
            UpdateTime = 0,
            ObservedAt = DateTimeOffset.FromUnixTimeSeconds(message.SendTime + 5),
            Source = RecordSource.Poll,
        };
    }

    /// <summary>Posts <see cref="NewPerWindow"/> messages, edits <see cref="EditsPerWindow"/> older visible ones,
    /// deletes one, and returns the window the API now shows (the latest 100, oldest first).</summary>
    public IReadOnlyList<Message> Advance()
    {
        for (var i = 0; i < NewPerWindow; i++)
        {
            _visible.Add(MessageNumber(++_last));
        }

        // Edits and the deletion hit messages that were already in the previous window, never the new ones.
        var candidates = Enumerable.Range(_visible.Count - Window, Window - NewPerWindow).OrderBy(_ => _random.Next()).Take(EditsPerWindow + 1).ToList();
        foreach (var index in candidates.Take(EditsPerWindow))
        {
            var edited = _visible[index];
            _visible[index] = edited with { Body = edited.Body + "（修正）", UpdateTime = Start + _last + 1 };
        }

        var gone = candidates[^1];
        _deleted.Add(_visible[gone].MessageId);
        _visible.RemoveAt(gone);
        if (_visible.Count > 2 * Window)
        {
            _visible.RemoveRange(0, _visible.Count - (2 * Window));
        }

        return _visible[^Window..];
    }

    private static Message MessageNumber(long n) => new()
    {
        MessageId = (1_800_000_000_000_000_000L + n).ToString(CultureInfo.InvariantCulture),
        Account = new AccountSummary { AccountId = 10_000_000 + (n % 3), Name = (n % 3) switch { 0 => "山田 太郎", 1 => "Sato Design", _ => "Client Co." } },
        Body = Bodies[(int)(n % Bodies.Length)] + " #" + n.ToString(CultureInfo.InvariantCulture),
        SendTime = Start + n,
    };
}
