using System.Globalization;
using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Hosting;
using ChatworkGuard.Bot.Management;
using ChatworkGuard.Bot.Sync;
using ChatworkGuard.Bot.Webhooks;
using ChatworkGuard.Emulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.IntegrationTests.Support;

/// <summary>
/// One fresh world per test: the emulator on 127.0.0.1:0 with a freelancer, a client and the bot in a project
/// room, and the real bot host (Kestrel on 127.0.0.1:0, a temp SQLite archive) pointed at it. The scheduler is
/// off: tests run sync cycles themselves, so nothing races them.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    /// <summary>The webhook token the bot accepts (base64 of 32 bytes).</summary>
    public const string WebhookToken = "A9ne+ygvdV0IZBaPFV2zC1e5Bk+IsI14BPwieRoBQNU=";

    private readonly Dictionary<string, string?> _settings;
    private WebApplication? _app;

    private BotHarness(ChatworkEmulator emulator, string directory, EmulatedAccount bot, EmulatedAccount freelancer, EmulatedAccount client, EmulatedAccount lead, long roomId, Dictionary<string, string?> settings, FakeTimeProvider? clock)
    {
        Clock = clock ?? new(TimeProvider.System.GetUtcNow());
        Emulator = emulator;
        Directory = directory;
        BotAccount = bot;
        Freelancer = freelancer;
        Client = client;
        TeamLead = lead;
        RoomId = roomId;
        _settings = settings;
    }

    public ChatworkEmulator Emulator { get; }

    /// <summary>The bot's configuration; change it and call <see cref="StartBotAsync"/> to restart with it.</summary>
    public Dictionary<string, string?> Settings => _settings;

    public string Directory { get; }

    /// <summary>A JSON settings file the bot watches (reloadOnChange), over <see cref="Settings"/>; set before
    /// <see cref="StartBotAsync"/>. Null: none.</summary>
    public string? JsonSettingsPath { get; set; }

    public string DatabasePath => Path.Combine(Directory, "guard.db");

    public EmulatedAccount BotAccount { get; }

    public EmulatedAccount Freelancer { get; }

    public EmulatedAccount Client { get; }

    public EmulatedAccount TeamLead { get; }

    public long RoomId { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>The time the bot sees, when it must differ from <see cref="Clock"/> (a wrapper that reports its
    /// timers); set before <see cref="StartBotAsync"/>. Null: <see cref="Clock"/>.</summary>
    public TimeProvider? BotTime { get; set; }

    public IServiceProvider Services => (_app ?? throw new InvalidOperationException("The bot is not running.")).Services;

    public RoomSyncCycle Sync => Services.GetRequiredService<RoomSyncCycle>();

    public RoomResync Resync => Services.GetRequiredService<RoomResync>();

    public IArchiveStore Archive => Services.GetRequiredService<IArchiveStore>();

    /// <summary>The bot's public address (the webhook).</summary>
    public Uri BotUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The bot's management address (/healthz, /readyz, /metrics).</summary>
    public Uri ManagementUrl { get; private set; } = new("http://127.0.0.1/");

    /// <param name="emulatorOptions">The emulator's options; null for its defaults.</param>
    /// <param name="settings">Changes to the bot's configuration before it starts.</param>
    /// <param name="botOrganization">The organization the bot's account belongs to; null for none.</param>
    /// <param name="sharedClock">A clock the emulator runs on too (its rate limit and send times); null: the emulator
    /// keeps real time and the bot gets a fake clock of its own.</param>
    public static async Task<BotHarness> StartAsync(EmulatorOptions? emulatorOptions = null, Action<Dictionary<string, string?>>? settings = null, string? botOrganization = null, FakeTimeProvider? sharedClock = null)
    {
        var emulator = await ChatworkEmulator.StartAsync(emulatorOptions, sharedClock);
        var control = emulator.Control;
        var bot = control.CreateAccount("ChatworkGuard", organizationName: botOrganization);
        var freelancer = control.CreateAccount("山田 花子");
        var client = control.CreateAccount("Client Corp");
        var lead = control.CreateAccount("Team Lead");
        var roomId = control.CreateGroupRoom(freelancer.AccountId, "LP制作（クラウドワークス）", [freelancer.AccountId], [client.AccountId, bot.AccountId]);
        var directory = Path.Combine(Path.GetTempPath(), "cwg-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var values = new Dictionary<string, string?>
        {
            ["Chatwork:ApiToken"] = bot.Token,
            ["Chatwork:BaseUrl"] = emulator.BaseUrl.ToString(),
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(directory, "guard.db")}",
            ["Urls"] = "http://127.0.0.1:0",
            ["Management:Urls"] = "http://127.0.0.1:0",
            ["Sync:Enabled"] = "false",
            ["Webhooks:Tokens:0"] = WebhookToken,
            ["Rooms:Profiles:" + roomId.ToString(CultureInfo.InvariantCulture) + ":Platform"] = "CrowdWorks",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        settings?.Invoke(values);
        var harness = new BotHarness(emulator, directory, bot, freelancer, client, lead, roomId, values, sharedClock);
        await harness.StartBotAsync();
        return harness;
    }

    /// <summary>Starts (or restarts) the bot process on the same archive file.</summary>
    public async Task StartBotAsync()
    {
        if (_app is not null)
        {
            await StopBotAsync();
        }

        _app = BotHost.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(_settings);
            if (JsonSettingsPath is { } json)
            {
                builder.Configuration.AddJsonFile(json, optional: false, reloadOnChange: true);
            }
            builder.Services.AddSingleton<TimeProvider>(BotTime ?? Clock);
        });
        await _app.StartAsync();
        var listeners = _app.Services.GetRequiredService<KestrelListeners>();
        BotUrl = listeners.PublicUrls[0];
        ManagementUrl = listeners.ManagementUrls[0];
    }

    /// <summary>Stops the bot (as a restart would); the archive file stays.</summary>
    public async Task StopBotAsync()
    {
        if (_app is null)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    /// <summary>Every archived record of a room, in order.</summary>
    public async Task<List<ArchiveRecord>> RecordsAsync(long? roomId = null)
    {
        var records = new List<ArchiveRecord>();
        await foreach (var record in Archive.ReadRoomAsync(roomId ?? RoomId, 0, CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>Waits until every webhook event the bot has accepted so far is processed (archived and acted on).</summary>
    public async Task DrainWebhooksAsync()
    {
        var accepted = Services.GetRequiredService<WebhookQueue>().Accepted;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Services.GetRequiredService<WebhookProcessor>().WaitForProcessedAsync(accepted, timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Emulator.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }
}
