using System.Net;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

public sealed class EmulatorStartupTests
{
    [Fact]
    public async Task StartAsync_NoOptions_ListensOnLoopbackWithV2BaseUrl()
    {
        await using var emulator = await ChatworkEmulator.StartAsync();

        Assert.Equal("127.0.0.1", emulator.BaseUrl.Host);
        Assert.NotEqual(0, emulator.BaseUrl.Port);
        Assert.Equal("/v2", emulator.BaseUrl.AbsolutePath);
        Assert.Equal("/_emulator", emulator.ControlUrl.AbsolutePath);
        Assert.Equal(emulator.BaseUrl.Port, emulator.ControlUrl.Port);

        var account = emulator.Control.CreateAccount("Someone");
        using var api = new EmulatorApi(emulator);
        using var response = await api.GetAsync(account.Token, "/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(account.AccountId, (await EmulatorApi.JsonAsync(response)).GetProperty("account_id").GetInt64());
    }

    [Fact]
    public async Task StartAsync_TwoEmulators_HaveSeparatePortsAndWorlds()
    {
        await using var first = await ChatworkEmulator.StartAsync();
        await using var second = await ChatworkEmulator.StartAsync();
        var account = first.Control.CreateAccount("Only in the first");

        Assert.NotEqual(first.BaseUrl.Port, second.BaseUrl.Port);
        using var api = new EmulatorApi(second);
        using var response = await api.GetAsync(account.Token, "/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task StartAsync_InvalidOptions_ThrowsNamingEveryProblem()
    {
        var options = new EmulatorOptions { RequestsPerWindow = 0, LostRoomStatusCode = 500, Window = TimeSpan.Zero };

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => ChatworkEmulator.StartAsync(options));

        Assert.Contains("RequestsPerWindow", exception.Message, StringComparison.Ordinal);
        Assert.Contains("LostRoomStatusCode must be 400, 403 or 404 (was 500)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Window must be positive", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisposeAsync_Running_StopsListening()
    {
        var emulator = await ChatworkEmulator.StartAsync();
        var account = emulator.Control.CreateAccount("Someone");
        using var api = new EmulatorApi(emulator);

        await emulator.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => api.GetAsync(account.Token, "/me"));
    }
}
