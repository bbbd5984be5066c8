using ChatworkGuard.Chatwork;
using ChatworkGuard.Chatwork.Budget;
using ChatworkGuard.Chatwork.Client;
using ChatworkGuard.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.IntegrationTests.Support;

/// <summary>One fresh world per test: the emulator on 127.0.0.1:0, a bot account and a client account in a group room,
/// and the real Chatwork client (DI, HttpClientFactory, RestSharp, Polly, budget) pointed at it over HTTP.</summary>
public sealed class ChatworkWorld : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ChatworkWorld(ChatworkEmulator emulator, ServiceProvider services, EmulatedAccount bot, EmulatedAccount member, long roomId, WireRecorder wire)
    {
        Emulator = emulator;
        _services = services;
        Bot = bot;
        Member = member;
        RoomId = roomId;
        Wire = wire;
    }

    public ChatworkEmulator Emulator { get; }

    public EmulatorControl Control => Emulator.Control;

    public EmulatedAccount Bot { get; }

    public EmulatedAccount Member { get; }

    public long RoomId { get; }

    public WireRecorder Wire { get; }

    public IChatworkClient Client => _services.GetRequiredService<IChatworkClient>();

    public ApiBudget Budget => _services.GetRequiredService<ApiBudget>();

    public ChatworkOptions Options => _services.GetRequiredService<IOptions<ChatworkOptions>>().Value;

    /// <summary>Starts a world; <paramref name="emulatorOptions"/> and <paramref name="client"/> adjust the defaults
    /// (fast retries, a generous budget) for the scenario under test; <paramref name="emulatorTime"/> is the emulator's
    /// clock (send_time of posted messages), the system clock by default.</summary>
    public static async Task<ChatworkWorld> StartAsync(
        EmulatorOptions? emulatorOptions = null,
        Action<ChatworkOptions>? client = null,
        TimeProvider? emulatorTime = null,
        CancellationToken cancellationToken = default)
    {
        var emulator = await ChatworkEmulator.StartAsync(emulatorOptions ?? new EmulatorOptions { RequestsPerWindow = 100_000 }, emulatorTime ?? TimeProvider.System, cancellationToken);
        try
        {
            var bot = emulator.Control.CreateAccount("ChatworkGuard");
            var member = emulator.Control.CreateAccount("山田 太郎");
            var roomId = emulator.Control.CreateGroupRoom(member.AccountId, "案件: ロゴ制作", [member.AccountId], [bot.AccountId], description: "CrowdWorks 案件の連絡用");

            var wire = new WireRecorder();
            var services = new ServiceCollection()
                .AddLogging()
                .AddChatworkClient(o =>
                {
                    o.ApiToken = bot.Token;
                    o.BaseUrl = emulator.BaseUrl;
                    o.RequestsPerWindow = 100_000;
                    o.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
                    o.RetryMaxDelay = TimeSpan.FromMilliseconds(200);
                    o.AttemptTimeout = TimeSpan.FromSeconds(20);
                    client?.Invoke(o);
                });
            services.AddHttpClient(ChatworkDefaults.HttpClientName).AddHttpMessageHandler(wire.CreateHandler);
            return new ChatworkWorld(emulator, services.BuildServiceProvider(validateScopes: true), bot, member, roomId, wire);
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }
    }

    /// <summary>The emulator's log of API requests made with the bot's token.</summary>
    public IReadOnlyList<RequestLogEntry> BotRequests => [.. Control.RequestLog.Where(e => e.IsFrom(Bot.Token))];

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
