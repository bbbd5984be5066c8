using System.Globalization;
using System.Text.Json;
using ChatworkGuard.Archive;
using ChatworkGuard.Emulator;

using ChatworkGuard.IntegrationTests.Support;

namespace ChatworkGuard.IntegrationTests.Cluster;

/// <summary>
/// Two real `chatwork-guard run` processes sharing one fresh PostgreSQL database and one emulator (in this test
/// process, on 127.0.0.1:0): three project rooms, webhooks for two of them delivered to both instances, the sync
/// cycle every second and an escrow reminder slot every 5 seconds.
/// </summary>
internal sealed class ClusterWorld : IAsyncDisposable
{
    /// <summary>The Quartz cluster check-in interval the bot uses (Jobs/JobsServiceCollectionExtensions).</summary>
    public static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(10);

    /// <summary>The sync interval the instances run with.</summary>
    public static readonly TimeSpan SyncInterval = TimeSpan.FromSeconds(1);

    public const string LineLure = "手数料がもったいないので、今後はLINEで直接やりとりしませんか？ IDは client123 です。";

    private readonly List<BotProcess> _bots = [];
    private IArchiveStore? _archive;

    private ClusterWorld(ChatworkEmulator emulator, ClusterDatabase database)
    {
        Emulator = emulator;
        Database = database;
    }

    public ChatworkEmulator Emulator { get; }

    public ClusterDatabase Database { get; }

    public EmulatedAccount Bot { get; private set; } = null!;

    public EmulatedAccount Client { get; private set; } = null!;

    public EmulatedAccount Freelancer { get; private set; } = null!;

    public List<long> Rooms { get; } = [];

    public IReadOnlyList<BotProcess> Bots => _bots;

    /// <summary>Each instance's public address (webhooks), in the order of <see cref="Bots"/>.</summary>
    public List<Uri> Urls { get; } = [];

    /// <summary>Each instance's management address (/healthz, /readyz, /metrics), in the order of <see cref="Bots"/>.</summary>
    public List<Uri> ManagementUrls { get; } = [];

    /// <summary>Everything the instances printed, for failure messages.</summary>
    public string Output => string.Join("\n", _bots.Select((b, i) => $"--- bot {i} (exited: {b.HasExited})\n{b.Output}"));

    public static async Task<ClusterWorld> StartAsync()
    {
        var emulator = await ChatworkEmulator.StartAsync(new EmulatorOptions { RequestsPerWindow = 100_000 });
        ClusterDatabase? database = null;
        try
        {
            database = await ClusterDatabase.CreateAsync();
            var world = new ClusterWorld(emulator, database);
            world.Populate();
            world.StartInstances();
            return world;
        }
        catch
        {
            if (database is not null)
            {
                await database.DisposeAsync();
            }

            await emulator.DisposeAsync();
            throw;
        }
    }

    /// <summary>Every archived record of <paramref name="roomId"/>, in order.</summary>
    public async Task<List<ArchiveRecord>> RecordsAsync(long roomId)
    {
        // Read-only: the bots own the schema; the first reads may come before they created it.
        _archive ??= ArchiveStoreFactory.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = Database.ConnectionString }, readOnly: true);
        var records = new List<ArchiveRecord>();
        try
        {
            await foreach (var record in _archive.ReadRoomAsync(roomId, 0, CancellationToken.None))
            {
                records.Add(record);
            }
        }
        catch (Exception error) when (error is ArchiveStoreException or Npgsql.NpgsqlException)
        {
            await _archive.DisposeAsync();
            _archive = null;
            return [];
        }

        return records;
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails with the instances' output after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(string what, Func<Task<bool>> condition, TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await HoldsAsync(condition))
        {
            if (waited.Elapsed > timeout)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds:0} s waiting until {what}.\n{Output}");
            }

            // Poll interval: the condition is read from other processes and their database, which cannot signal us.
            await Task.Delay(250);
        }
    }

    // A bot process still binding its port (or restarting Kestrel) refuses connections for a moment: not yet, not a failure.
    private static async Task<bool> HoldsAsync(Func<Task<bool>> condition)
    {
        try
        {
            return await condition();
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>
    /// Waits until every instance answers /healthz. The archive can be complete while one instance is still starting
    /// (the other did the work), and a test that samples both must not mistake that for a failure.
    /// </summary>
    public Task WaitUntilAllAnswerAsync(TimeSpan timeout) => WaitUntilAsync("every instance answers /healthz", async () =>
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        foreach (var url in ManagementUrls)
        {
            using var response = await http.GetAsync(new Uri(url, "/healthz"));
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }
        }

        return true;
    }, timeout);

    /// <summary>Waits until every message the emulator holds in every room (the bot's own included) is archived.</summary>
    public Task WaitUntilAllArchivedAsync(TimeSpan timeout) => WaitUntilAsync("every message is archived", async () =>
    {
        foreach (var room in Rooms)
        {
            var archived = (await RecordsAsync(room)).Where(r => r.Kind == RecordKind.MessageCreated).Select(r => r.MessageId).ToHashSet();
            if (!Emulator.Control.GetMessages(room).All(m => archived.Contains(m.MessageId)))
            {
                return false;
            }
        }

        return true;
    }, timeout);

    /// <summary>The escrow reminders of a room posted by the schedule, as the reminder counts their records carry.</summary>
    public static List<int> ScheduledReminderCounts(IEnumerable<ArchiveRecord> records) =>
        [.. records
            .Where(r => r.Kind == RecordKind.ReminderPosted)
            .Select(r => JsonDocument.Parse(r.Details!).RootElement)
            .Where(d => d.GetProperty("cause").GetString() == "schedule")
            .Select(d => d.GetProperty("state").GetProperty("reminder_count").GetInt32())];

    public async ValueTask DisposeAsync()
    {
        foreach (var bot in _bots)
        {
            await bot.DisposeAsync();
        }

        if (_archive is not null)
        {
            await _archive.DisposeAsync();
        }

        await Emulator.DisposeAsync();
        await Database.DisposeAsync();
    }

    private void Populate()
    {
        var control = Emulator.Control;
        Bot = control.CreateAccount("ChatworkGuard");
        Client = control.CreateAccount("Client Corp");
        Freelancer = control.CreateAccount("山田 花子");
        for (var i = 0; i < 3; i++)
        {
            Rooms.Add(control.CreateGroupRoom(Freelancer.AccountId, $"案件 {i + 1}（クラウドワークス）", [Freelancer.AccountId], [Client.AccountId, Bot.AccountId]));
        }
    }

    private void StartInstances()
    {
        string[] names = ["bot-a", "bot-b"];
        var allPorts = FreePort.Many(names.Length * 2);
        var ports = allPorts.Take(names.Length).ToList();
        var managementPorts = allPorts.Skip(names.Length).ToList();
        Urls.AddRange(ports.Select(port => new Uri($"http://127.0.0.1:{port}/")));
        ManagementUrls.AddRange(managementPorts.Select(port => new Uri($"http://127.0.0.1:{port}/")));
        var tokens = new List<string>();
        // Webhooks for the first two rooms go to both instances, so an event may be handled by either while the
        // sync job (on one instance at a time) reads the same message.
        foreach (var room in Rooms.Take(2))
        {
            foreach (var port in ports)
            {
                var url = new Uri($"http://127.0.0.1:{port}/webhooks/chatwork");
                tokens.Add(Emulator.Control.RegisterWebhook(Bot.AccountId, url, WebhookEvents.MessageCreated | WebhookEvents.MessageUpdated, room).Token);
            }
        }

        for (var i = 0; i < names.Length; i++)
        {
            var environment = new Dictionary<string, string>
            {
                ["Chatwork__ApiToken"] = Bot.Token,
                ["Chatwork__BaseUrl"] = Emulator.BaseUrl.ToString(),
                ["Chatwork__RequestsPerWindow"] = "100000",
                ["Storage__Provider"] = "Postgres",
                ["Storage__ConnectionString"] = Database.ConnectionString,
                ["Urls"] = $"http://127.0.0.1:{ports[i]}",
                ["Management__Urls"] = $"http://127.0.0.1:{managementPorts[i]}",
                ["Sync__Interval"] = SyncInterval.ToString("c", CultureInfo.InvariantCulture),
                ["Sync__ResyncInterval"] = "00:00:05",
                // Cycles fire every second on whichever instance; on a loaded machine one can start 3 s after the last
                // (the default 3 × interval), which is not what the readiness tests are about: an instance that never ran
                // a cycle itself must still answer ready from the shared store's fire time.
                ["Health__MaxSyncAge"] = "00:00:15",
                ["Escrow__ReminderCron"] = "0/5 * * * * ?",
                ["Escrow__TimeZone"] = "UTC",
                ["Escrow__QuietHours__Start"] = "00:00",
                ["Escrow__QuietHours__End"] = "00:00",
                ["Escrow__EscalateAfter"] = "0",
                ["Rooms__DefaultPlatform"] = "CrowdWorks",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__Console__FormatterName"] = "simple",
                ["DOTNET_ENVIRONMENT"] = "Production",
            };
            for (var t = 0; t < tokens.Count; t++)
            {
                environment[$"Webhooks__Tokens__{t}"] = tokens[t];
            }

            _bots.Add(BotProcess.Start(AppContext.BaseDirectory, environment, ports[i], "run"));
        }
    }
}
