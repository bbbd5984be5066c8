using System.Text;
using System.Text.Json;

namespace ChatworkGuard.IntegrationTests.Emulator.Support;

/// <summary>One webhook POST as the receiver saw it: raw body bytes, headers (lowercase names), raw query and
/// the decoded signature query parameter.</summary>
public sealed record ReceivedWebhook(byte[] Body, IReadOnlyDictionary<string, string> Headers, string RawQuery, string QuerySignature)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public string HeaderSignature => Headers.TryGetValue("x-chatworkwebhooksignature", out var value) ? value : "";
}
