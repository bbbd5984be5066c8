using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

/// <summary>The control API over HTTP, as the demo and scripts use it.</summary>
public sealed class ControlApiTests : IAsyncLifetime, IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private ChatworkEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await ChatworkEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task BuildAWorldAndPlayItThroughHttp()
    {
        var client = await PostJsonAsync("/accounts", new { name = "Client" }, HttpStatusCode.Created);
        var freelancer = await PostJsonAsync("/accounts", new { name = "Freelancer", plan = "free" }, HttpStatusCode.Created);
        var clientId = client.GetProperty("account_id").GetInt64();
        var freelancerId = freelancer.GetProperty("account_id").GetInt64();
        Assert.Equal("free", freelancer.GetProperty("plan").GetString());
        Assert.Matches("^[0-9a-f]{32}$", client.GetProperty("token").GetString()!);

        var direct = await PostJsonAsync("/contacts", new { account_id = clientId, contact_account_id = freelancerId }, HttpStatusCode.OK);
        Assert.True(direct.GetProperty("room_id").GetInt64() > 0);
        var room = await PostJsonAsync("/rooms", new { creator_account_id = clientId, name = "Project", admin_ids = new[] { clientId }, member_ids = new[] { freelancerId } }, HttpStatusCode.Created);
        var roomId = room.GetProperty("room_id").GetInt64();
        var posted = await PostJsonAsync($"/rooms/{roomId}/messages", new { account_id = freelancerId, body = "LINEで話しましょう" }, HttpStatusCode.Created);
        var messageId = posted.GetProperty("message_id").GetString()!;
        using (var edit = await _http.PutAsJsonAsync(Control($"/rooms/{roomId}/messages/{messageId}"), new { body = "edited" }))
        {
            Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        }

        using (var delete = await _http.DeleteAsync(Control($"/rooms/{roomId}/messages/{messageId}")))
        {
            Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        }

        var tasks = await PostJsonAsync($"/rooms/{roomId}/tasks", new { account_id = clientId, body = "Deliver", to_ids = new[] { freelancerId }, limit = 1_760_000_000, limit_type = "date" }, HttpStatusCode.Created);
        Assert.Single(tasks.GetProperty("task_ids").EnumerateArray());
        var file = await PostJsonAsync($"/rooms/{roomId}/files", new { account_id = freelancerId, filename = "a.txt", content_base64 = "aGVsbG8=" }, HttpStatusCode.Created);
        Assert.True(file.GetProperty("file_id").GetInt64() > int.MaxValue, "file ids are past int32 as in real data");

        var messages = await GetJsonAsync($"/rooms/{roomId}/messages");
        var stored = messages.EnumerateArray().Single(m => m.GetProperty("message_id").GetString() == messageId);
        Assert.True(stored.GetProperty("deleted").GetBoolean());
        Assert.Equal("edited", stored.GetProperty("body").GetString());
        using (var delete = await _http.DeleteAsync(Control($"/rooms/{roomId}")))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        Assert.False(_emulator.Control.RoomExists(roomId));
    }

    [Fact]
    public async Task MembersRequestsAndFaults_WorkOverHttp()
    {
        var a = _emulator.Control.CreateAccount("A");
        var b = _emulator.Control.CreateAccount("B");
        var roomId = _emulator.Control.CreateGroupRoom(a.AccountId, "Room", [a.AccountId]);
        using (var add = await _http.PutAsJsonAsync(Control($"/rooms/{roomId}/members/{b.AccountId}"), new { role = "readonly" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, add.StatusCode);
        }

        Assert.Equal(RoomRole.Readonly, _emulator.Control.GetMembers(roomId)[b.AccountId]);
        var members = await GetJsonAsync($"/rooms/{roomId}/members");
        Assert.Equal(2, members.GetArrayLength());
        using (var remove = await _http.DeleteAsync(Control($"/rooms/{roomId}/members/{b.AccountId}")))
        {
            Assert.Equal(HttpStatusCode.NoContent, remove.StatusCode);
        }

        using (var faults = await _http.PutAsJsonAsync(Control("/faults"), new { seed = 3, too_many_requests_burst = 1 }))
        {
            Assert.Equal(HttpStatusCode.NoContent, faults.StatusCode);
        }

        Assert.Equal(3, (await GetJsonAsync("/faults")).GetProperty("seed").GetInt32());
        using var api = new EmulatorApi(_emulator);
        using var limited = await api.GetAsync(a.Token, "/me");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        using (var clear = await _http.DeleteAsync(Control("/faults")))
        {
            Assert.Equal(HttpStatusCode.NoContent, clear.StatusCode);
        }

        using var fine = await api.GetAsync(a.Token, "/me");
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        var log = await GetJsonAsync($"/requests?token={a.Token}");
        Assert.DoesNotContain(a.Token, log.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(RequestLogEntry.HashToken(a.Token), log[0].GetProperty("token_hash").GetString());
        Assert.Equal([429, 200], log.EnumerateArray().Select(e => e.GetProperty("status").GetInt32()));
        Assert.Equal("/v2/me", log[0].GetProperty("path").GetString());
        using (var clear = await _http.DeleteAsync(Control("/requests")))
        {
            Assert.Equal(HttpStatusCode.NoContent, clear.StatusCode);
        }

        Assert.Equal(0, (await GetJsonAsync("/requests")).GetArrayLength());
        using (var limit = await _http.PutAsJsonAsync(Control("/rate-limit"), new { requests_per_window = 1000, window_seconds = 60 }))
        {
            Assert.Equal(HttpStatusCode.NoContent, limit.StatusCode);
        }

        Assert.Equal(1000, (await GetJsonAsync("/rate-limit")).GetProperty("requests_per_window").GetInt32());
        using var raised = await api.GetAsync(a.Token, "/me");
        Assert.Equal("1000", EmulatorApi.Header(raised, "x-ratelimit-limit"));
        using var refused = await _http.PutAsJsonAsync(Control("/rate-limit"), new { requests_per_window = 0, window_seconds = 60 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task Options_ShowEverySwitchWithItsValue()
    {
        var options = await GetJsonAsync("/options");

        Assert.Equal("Vanish", options.GetProperty("deleted_message_behavior").GetString());
        Assert.Equal("PerAccount", options.GetProperty("force_zero_cursor_scope").GetString());
        Assert.Equal(403, options.GetProperty("lost_room_status_code").GetInt32());
        Assert.Equal(300, options.GetProperty("requests_per_window").GetInt32());
    }

    [Fact]
    public async Task BadControlRequests_Get400Or404WithAReason()
    {
        using var missingName = await _http.PostAsJsonAsync(Control("/accounts"), new { plan = "paid" });
        using var badJson = await _http.PostAsync(Control("/accounts"), new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        using var unknownRoom = await _http.PostAsJsonAsync(Control("/rooms/1/messages"), new { account_id = 1, body = "x" });
        using var unknownRoute = await _http.GetAsync(Control("/nothing-here"));

        await EmulatorApi.AssertErrorAsync(missingName, 400, "'name' is required.");
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        await EmulatorApi.AssertErrorAsync(unknownRoom, 404, "Room 1 does not exist");
        Assert.Equal(HttpStatusCode.NotFound, unknownRoute.StatusCode);
    }

    private Uri Control(string path) => new(_emulator.ControlUrl.AbsoluteUri + path);

    private async Task<JsonElement> PostJsonAsync(string path, object body, HttpStatusCode expected)
    {
        using var response = await _http.PostAsJsonAsync(Control(path), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await _http.GetAsync(Control(path));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
