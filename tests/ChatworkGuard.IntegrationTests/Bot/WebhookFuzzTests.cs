using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ChatworkGuard.Chatwork.Webhooks;
using ChatworkGuard.IntegrationTests.Support;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>
/// A seeded random corpus of webhook requests — bodies (random bytes, hostile text, mutated events), signature headers
/// and query copies (missing, garbage, wrong length, valid for another body, valid) and content types — against the
/// running bot. Every request gets one of the endpoint's answers, never a 500 or a dropped connection, and the bot stays
/// alive. Bounded by the number of requests, not by a clock.
/// </summary>
public sealed class WebhookFuzzTests
{
    private const int Requests = 400;
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private static readonly HashSet<HttpStatusCode> Answers =
        [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.RequestEntityTooLarge];

    [Theory]
    [InlineData(1410)]
    [InlineData(1411)]
    public async Task AnyRequest_GetsAnAnswerOfTheEndpointAndTheBotStaysUp(int seed)
    {
        await using var world = await BotHarness.StartAsync(settings: s => s["Webhooks:MaxBodyBytes"] = "65536");
        var corpus = new FuzzCorpus(seed);
        var random = corpus.Random;
        for (var i = 0; i < Requests; i++)
        {
            var body = Body(corpus, world);
            var signature = random.Next(6) switch
            {
                0 => null,
                1 => new string([.. corpus.Text(80).Where(c => c is >= ' ' and < (char)127)]), // HttpClient sends ASCII headers only
                2 => Convert.ToBase64String(corpus.Bytes(64)),
                3 => WebhookSignatureVerifier.ComputeSignature(corpus.Bytes(100), BotHarness.WebhookToken),
                _ => WebhookSignatureVerifier.ComputeSignature(body, BotHarness.WebhookToken),
            };
            var inQuery = random.Next(4) == 0;
            var url = new Uri(world.BotUrl, "/webhooks/chatwork" + (inQuery && signature is not null ? "?chatwork_webhook_signature=" + Uri.EscapeDataString(signature) : ""));
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = random.Next(3) == 0 ? null : new MediaTypeHeaderValue(random.Next(2) == 0 ? "application/json" : "text/plain");
            if (!inQuery && signature is not null)
            {
                request.Headers.TryAddWithoutValidation(WebhookSignatureVerifier.HeaderName, signature);
            }

            using var response = await Http.SendAsync(request);

            Assert.True(Answers.Contains(response.StatusCode), $"seed {seed}, request {i}: {(int)response.StatusCode} for a body of {body.Length} bytes");
        }

        await world.DrainWebhooksAsync();
        using var alive = await Http.GetAsync(new Uri(world.ManagementUrl, "/healthz"));
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    private static byte[] Body(FuzzCorpus corpus, BotHarness world)
    {
        var random = corpus.Random;
        return random.Next(5) switch
        {
            0 => corpus.Bytes(random.Next(10) == 0 ? 70_000 : 2_000),
            1 => Encoding.UTF8.GetBytes(corpus.Text(4_000)),
            _ => Encoding.UTF8.GetBytes(Event(corpus, world)),
        };
    }

    // A webhook event with each field kept, dropped, or replaced by something of another type or range.
    private static string Event(FuzzCorpus corpus, BotHarness world)
    {
        var random = corpus.Random;
        string Pick(params string[] choices) => choices[random.Next(choices.Length)];
        var messageId = Pick("\"1900000000000000001\"", "\"\"", "\"abc\"", "19", "null", "\"-1\"", "\"99999999999999999999999\"");
        var roomId = Pick(world.RoomId.ToString(System.Globalization.CultureInfo.InvariantCulture), "0", "-5", "\"x\"", "null", "9223372036854775807", "1e400");
        var time = Pick("1700000000", "0", "-1", "253402300800", "9223372036854775807", "\"soon\"", "1.5");
        var body = Pick("\"hello\"", "null", "42", "[]", "\"" + corpus.Text(200).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"");
        var type = Pick("\"message_created\"", "\"message_updated\"", "\"mention_to_me\"", "\"unknown\"", "7", "null");
        var fields = new List<string>
        {
            "\"message_id\":" + messageId, "\"room_id\":" + roomId, "\"account_id\":" + Pick("1", "0", "\"a\""), "\"body\":" + body,
            "\"send_time\":" + time, "\"update_time\":" + Pick("0", time),
        };
        var kept = fields.Where(_ => random.Next(6) != 0);
        var text = "{\"webhook_setting_id\":\"1\",\"webhook_event_type\":" + type + ",\"webhook_event_time\":" + time
            + ",\"webhook_event\":{" + string.Join(',', kept) + "}}";
        // Sometimes cut short or padded: truncated JSON, trailing garbage.
        return random.Next(8) switch
        {
            0 => text[..random.Next(text.Length)],
            1 => text + corpus.Text(20),
            _ => text,
        };
    }
}
