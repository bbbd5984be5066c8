using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ChatworkGuard.Chatwork;
using ChatworkGuard.Chatwork.Client;
using ChatworkGuard.Chatwork.Models;
using ChatworkGuard.Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.Benchmarks.Chatwork;

/// <summary>Per-call cost of the full client (DI, RestSharp, Polly, budget, typed JSON) against a bare HttpClient doing
/// the same GET and the same deserialisation, both against the emulator on loopback.</summary>
[MemoryDiagnoser]
public class ChatworkClientBenchmarks : IDisposable
{
    private ChatworkEmulator _emulator = null!;
    private ServiceProvider _services = null!;
    private IChatworkClient _client = null!;
    private HttpClient _bare = null!;
    private RestSharp.RestClient _rest = null!;
    private long _roomId;
    private string _roomPath = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _emulator = await ChatworkEmulator.StartAsync(new EmulatorOptions { RequestsPerWindow = 1_000_000_000, Window = TimeSpan.FromSeconds(1) });
        var bot = _emulator.Control.CreateAccount("ChatworkGuard");
        var member = _emulator.Control.CreateAccount("山田 太郎");
        _roomId = _emulator.Control.CreateGroupRoom(member.AccountId, "案件: ロゴ制作", [member.AccountId], [bot.AccountId], description: "連絡用");
        for (var i = 0; i < 20; i++)
        {
            _emulator.Control.PostMessage(member.AccountId, _roomId, $"メッセージ {i}: 仮払いの件、確認お願いします");
        }

        _services = new ServiceCollection()
            .AddLogging()
            .AddChatworkClient(o =>
            {
                o.ApiToken = bot.Token;
                o.BaseUrl = _emulator.BaseUrl;
                o.RequestsPerWindow = 1_000_000;
                o.Window = TimeSpan.FromSeconds(1);
            })
            .BuildServiceProvider();
        _client = _services.GetRequiredService<IChatworkClient>();

        _bare = new HttpClient(new SocketsHttpHandler()) { BaseAddress = new Uri(_emulator.BaseUrl.AbsoluteUri.TrimEnd('/') + "/") };
        _bare.DefaultRequestHeaders.Add("X-ChatWorkToken", bot.Token);
        _bare.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _roomPath = "rooms/" + _roomId.ToString(CultureInfo.InvariantCulture);
        _rest = new RestSharp.RestClient(_bare, new RestSharp.RestClientOptions(_bare.BaseAddress!), disposeHttpClient: false);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        Dispose();
        await _services.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    public void Dispose()
    {
        _rest?.Dispose();
        _bare?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "bare HttpClient GET /rooms/{id}")]
    public async Task<Room> BareGetRoom()
    {
        using var response = await _bare.GetAsync(_roomPath);
        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return JsonSerializer.Deserialize(bytes, ChatworkJsonContext.Default.Room)!;
    }

    // RestSharp alone over the same HttpClient: separates what RestSharp costs from what the pipeline and budget cost.
    [Benchmark(Description = "RestSharp alone GET /rooms/{id}")]
    public async Task<Room> RestSharpGetRoom()
    {
        var response = await _rest.ExecuteAsync(new RestSharp.RestRequest(_roomPath));
        return JsonSerializer.Deserialize(response.RawBytes, ChatworkJsonContext.Default.Room)!;
    }

    [Benchmark(Description = "IChatworkClient.GetRoomAsync")]
    public Task<Room> ClientGetRoom() => _client.GetRoomAsync(_roomId);

    [Benchmark(Description = "bare HttpClient GET messages?force=1 (20+)")]
    public async Task<IReadOnlyList<Message>> BareGetMessages()
    {
        using var response = await _bare.GetAsync(_roomPath + "/messages?force=1");
        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return JsonSerializer.Deserialize(bytes, ChatworkJsonContext.Default.IReadOnlyListMessage)!;
    }

    [Benchmark(Description = "IChatworkClient.GetMessagesAsync(force)")]
    public Task<IReadOnlyList<Message>> ClientGetMessages() => _client.GetMessagesAsync(_roomId, force: true);
}
