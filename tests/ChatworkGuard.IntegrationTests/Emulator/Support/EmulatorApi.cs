using System.Net.Http.Headers;
using System.Text.Json;
using ChatworkGuard.Emulator;

namespace ChatworkGuard.IntegrationTests.Emulator.Support;

/// <summary>Real HTTP calls to an emulator on 127.0.0.1, the way a Chatwork client makes them.</summary>
public sealed class EmulatorApi(ChatworkEmulator emulator) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public Uri Url(string pathAndQuery) => new(emulator.BaseUrl.AbsoluteUri + pathAndQuery);

    public Task<HttpResponseMessage> GetAsync(string token, string pathAndQuery) =>
        SendAsync(HttpMethod.Get, token, pathAndQuery, null);

    public Task<HttpResponseMessage> PostAsync(string token, string pathAndQuery, params (string Name, string Value)[] form) =>
        SendAsync(HttpMethod.Post, token, pathAndQuery, form);

    public Task<HttpResponseMessage> PutAsync(string token, string pathAndQuery, params (string Name, string Value)[] form) =>
        SendAsync(HttpMethod.Put, token, pathAndQuery, form);

    public Task<HttpResponseMessage> DeleteAsync(string token, string pathAndQuery, params (string Name, string Value)[] form) =>
        SendAsync(HttpMethod.Delete, token, pathAndQuery, form);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string token, string pathAndQuery, (string Name, string Value)[]? form)
    {
        using var request = new HttpRequestMessage(method, Url(pathAndQuery));
        if (token.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("X-ChatWorkToken", token);
        }

        if (form is { Length: > 0 })
        {
            request.Content = new FormUrlEncodedContent(form.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)));
        }

        return await _http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> SendContentAsync(HttpMethod method, string token, string pathAndQuery, HttpContent content)
    {
        using var request = new HttpRequestMessage(method, Url(pathAndQuery)) { Content = content };
        request.Headers.TryAddWithoutValidation("X-ChatWorkToken", token);
        return await _http.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(text.Length > 0, $"Expected a JSON body with status {(int)response.StatusCode}, got an empty body.");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts the status and the exact <c>{"errors":[text]}</c> body.</summary>
    public static async Task AssertErrorAsync(HttpResponseMessage response, int status, string text)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.Equal([text], errors.EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    public static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : "";

    public static MediaTypeHeaderValue? ContentType(HttpResponseMessage response) => response.Content.Headers.ContentType;

    public void Dispose() => _http.Dispose();
}
