using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Checkpoints;
using ChatworkGuard.Archive.Sqlite;
using ChatworkGuard.IntegrationTests.Support;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>A real SQLite archive in a temp folder holding a realistic project room, and raw access for tampering.</summary>
internal sealed class SampleArchive : IAsyncDisposable
{
    public const long RoomId = 388277412;
    public const long OtherRoomId = 400000001;
    public const string ScriptBody = "<script>alert('pwned')</script> 本当に<b>太字</b>？ & \"quotes\"";

    // 2025-07-01 09:30:00 UTC = 18:30:00 JST.
    public static readonly DateTimeOffset Start = new(2025, 7, 1, 9, 30, 0, TimeSpan.Zero);

    private SampleArchive(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    public string DatabasePath => Path.Combine(Directory, "guard.db");

    public string OutputDirectory => Path.Combine(Directory, "out");

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString();

    public static async Task<SampleArchive> CreateAsync(int extraMessages = 0)
    {
        var directory = Path.Combine(Path.GetTempPath(), "cwg-it-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var sample = new SampleArchive(directory);
        await using var store = sample.OpenWritable();
        await store.AppendBatchAsync(Room(extraMessages), CancellationToken.None);
        await store.AppendBatchAsync(
            [Message(OtherRoomId, 1, 111, "Other Co.", "hello from another room", Start.AddHours(1))],
            CancellationToken.None);
        return sample;
    }

    public SqliteArchiveStore OpenWritable() => new(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={DatabasePath}" });

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Goes around the append-only triggers, as someone with the file could, and runs <paramref name="sql"/>.</summary>
    public Task TamperAsync(string sql) => ExecuteAsync(
        "DROP TRIGGER IF EXISTS archive_records_refuse_update; DROP TRIGGER IF EXISTS archive_records_refuse_delete; " + sql);

    /// <summary>The forgery a hash chain alone cannot catch (see <see cref="ArchiveForgery"/>).</summary>
    public Task ForgeRehashedAsync(long roomId, long sequence, string body) => ArchiveForgery.RehashAsync(DatabasePath, roomId, sequence, body);

    /// <summary>A signed checkpoint at <see cref="Start"/> + 3 days (a record in each room; the room's covers it up to
    /// its record 15) and its witness post, archived in <see cref="OtherRoomId"/> as message 1900000000000000099.</summary>
    public async Task<CheckpointPlan> AddWitnessedCheckpointAsync(CheckpointSigner signer)
    {
        await using var store = OpenWritable();
        var plan = await CheckpointPlan.CreateAsync(store, Start.AddDays(3), onlyWitnessedCounts: false, CancellationToken.None);
        await store.AppendBatchAsync(plan.Drafts(CheckpointCause.Export, OtherRoomId, "1900000000000000099", signer.Sign(plan.Statement), signer.PublicKey), CancellationToken.None);
        await store.AppendAsync(new RecordDraft
        {
            RoomId = OtherRoomId,
            Kind = RecordKind.MessageCreated,
            MessageId = "1900000000000000099",
            AccountId = 30000001,
            AccountName = "ChatworkGuard",
            Body = "[info]checkpoint\n" + plan.Statement + "[/info]",
            SendTime = Start.AddDays(3).ToUnixTimeSeconds(),
            UpdateTime = 0,
            ObservedAt = Start.AddDays(3),
            Source = RecordSource.Poll,
        }, CancellationToken.None);
        return plan;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner when a test failed with a handle still open.
        }

        return ValueTask.CompletedTask;
    }

    private static List<RecordDraft> Room(int extraMessages)
    {
        var snapshot = new RoomSnapshotDetails(
            "【CrowdWorks】LP制作案件 / Landing page",
            [new RoomMember(10125216, "山田 太郎 (client)", "admin"), new RoomMember(20000001, "Sato Design", "member"), new RoomMember(30000001, "ChatworkGuard", "member")],
            "CrowdWorks").ToJson();
        var drafts = new List<RecordDraft>
        {
            Event(RecordKind.RoomJoined, Start, null),
            Event(RecordKind.RoomSnapshot, Start, snapshot),
            Message(RoomId, 1, 10125216, "山田 太郎 (client)", "はじめまして。LP制作をお願いしたいです。", Start.AddMinutes(1)),
            Message(RoomId, 2, 20000001, "Sato Design", "よろしくお願いします。仮払いの確認後に着手します。", Start.AddMinutes(2)),
            Message(RoomId, 3, 10125216, "山田 太郎 (client)", "手数料がもったいないので、直接お振込みでもいいですか？LINEも教えてください。", Start.AddMinutes(3)),
            Event(RecordKind.WarningPosted, Start.AddMinutes(3.5), """{"category":"direct-payment","rule_ids":["dp-001"],"reply_to":"1900000000000000003"}""")
                with { Body = "[info][title]ChatworkGuard[/title]プラットフォーム外での直接取引は CrowdWorks の規約違反です。[/info]" },
            Message(RoomId, 4, 10125216, "山田 太郎 (client)", ScriptBody, Start.AddMinutes(4)),
            Message(RoomId, 3, 10125216, "山田 太郎 (client)", "手数料がもったいないので、直接お振込みでもいいですか？", Start.AddMinutes(6), RecordKind.MessageEdited, updateTime: Start.AddMinutes(5).ToUnixTimeSeconds()),
            Event(RecordKind.ReminderPosted, Start.AddMinutes(7), null) with { Body = "[To:10125216] 作業開始前に仮払いをお願いします。" },
            Event(RecordKind.Gap, Start.AddMinutes(8), """{"count":3}"""),
            Message(RoomId, 3, 10125216, "山田 太郎 (client)", "手数料がもったいないので、直接お振込みでもいいですか？", Start.AddMinutes(9), RecordKind.MessageDeleted),
            Event(RecordKind.EscrowConfirmed, Start.AddMinutes(10), """{"milestone":1}""") with { AccountId = 20000001, AccountName = "Sato Design" },
            Event(RecordKind.WarningSuppressed, Start.AddMinutes(11), """{"category":"direct-payment"}"""),
            Event(RecordKind.Checkpoint, Start.AddMinutes(12), null),
        };
        for (var i = 0; i < extraMessages; i++)
        {
            drafts.Add(Message(RoomId, 100 + i, 20000001, "Sato Design", $"進捗報告 {i}: デザイン案を更新しました。", Start.AddMinutes(13).AddSeconds(i)));
        }

        drafts.Add(Event(RecordKind.RoomLost, Start.AddDays(2), null));
        return drafts;
    }

    private static RecordDraft Message(long room, int n, long account, string name, string body, DateTimeOffset at, RecordKind kind = RecordKind.MessageCreated, long updateTime = 0) => new()
    {
        RoomId = room,
        Kind = kind,
        MessageId = (1_900_000_000_000_000_000L + n).ToString(System.Globalization.CultureInfo.InvariantCulture),
        AccountId = account,
        AccountName = name,
        Body = body,
        SendTime = Start.AddMinutes(n).ToUnixTimeSeconds(),
        UpdateTime = updateTime,
        ObservedAt = at,
        Source = kind == RecordKind.MessageEdited ? RecordSource.Webhook : RecordSource.Poll,
    };

    private static RecordDraft Event(RecordKind kind, DateTimeOffset at, string? details) => new()
    {
        RoomId = RoomId,
        Kind = kind,
        ObservedAt = at,
        Source = RecordSource.Bot,
        Details = details,
    };
}
