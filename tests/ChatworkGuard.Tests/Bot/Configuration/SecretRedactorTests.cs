using System.Text.Json.Nodes;
using ChatworkGuard.Bot.Configuration;
using Microsoft.Extensions.Configuration;

namespace ChatworkGuard.Tests.Bot.Configuration;

public sealed class SecretRedactorTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Theory]
    [InlineData("Chatwork:ApiToken", true)]
    [InlineData("Webhooks:Tokens:0", true)]
    [InlineData("Webhooks:Tokens", true)]
    [InlineData("Quartz:Password", true)]
    [InlineData("Smtp:ClientSecret", true)]
    [InlineData("Some:ApiKey", true)]
    [InlineData("Chatwork:Accounts:0", true)]
    [InlineData("Chatwork:Accounts:12", true)]
    [InlineData("Chatwork:Accounts", true)]
    [InlineData("Rooms:Accounts:0", false)]
    [InlineData("Chatwork:BaseUrl", false)]
    [InlineData("Rooms:Allow:0", false)]
    [InlineData("Detection:Rules:0:Terms:1", false)]
    public void IsSecretKey_Path_IsTrueForTokensPasswordsAndSecrets(string path, bool expected) =>
        Assert.Equal(expected, SecretRedactor.IsSecretKey(path));

    [Theory]
    [InlineData("Host=db;Database=guard;Username=guard;Password=s3cr3t-pw", "Host=db;Database=guard;Username=guard;Password=<redacted>")]
    [InlineData("Host=db;Pwd=s3cr3t-pw", "Host=db;Pwd=<redacted>")]
    [InlineData("Data Source=data/guard.db", "Data Source=data/guard.db")]
    [InlineData("Host=db;Password=\"se;cret\"", "Host=db;Password=\"<redacted>\"")]
    [InlineData("Host=db;Password=\"unterminated", "<redacted>")]
    public void RedactConnectionString_Password_IsMaskedAndTheRestKept(string connectionString, string expected) =>
        Assert.Equal(expected, SecretRedactor.RedactConnectionString(connectionString));

    [Fact]
    public void Scrub_Text_ReplacesEveryKnownSecretValue()
    {
        var redactor = SecretRedactor.FromConfiguration(Configuration(
            ("Chatwork:ApiToken", "0123456789abcdef"),
            ("Webhooks:Tokens:0", "d2ViaG9vay1zZWNyZXQ="),
            ("Storage:ConnectionString", "Host=db;Password=pg-pass-1"),
            ("Chatwork:BaseUrl", "https://api.chatwork.com/v2")));

        var text = redactor.Scrub("token 0123456789abcdef, hook d2ViaG9vay1zZWNyZXQ=, pw pg-pass-1, url https://api.chatwork.com/v2");

        Assert.Equal("token <redacted>, hook <redacted>, pw <redacted>, url https://api.chatwork.com/v2", text);
    }

    [Fact]
    public void Redact_JsonByPropertyName_MasksSecretsAndKeepsEmptyOnesVisible()
    {
        var redactor = SecretRedactor.FromConfiguration(Configuration());
        var json = JsonNode.Parse("""
            {
              "Chatwork": { "ApiToken": "abc123secret", "BaseUrl": "https://api.chatwork.com/v2" },
              "Webhooks": { "Tokens": [ "one-secret", "two-secret" ], "MaxBodyBytes": 262144 },
              "Storage": { "ConnectionString": "Host=db;Password=pw-1234" },
              "Other": { "ApiToken": "" }
            }
            """);

        redactor.Redact(json);

        Assert.Equal("""{"Chatwork":{"ApiToken":"<redacted>","BaseUrl":"https://api.chatwork.com/v2"},"Webhooks":{"Tokens":["<redacted>","<redacted>"],"MaxBodyBytes":262144},"Storage":{"ConnectionString":"Host=db;Password=<redacted>"},"Other":{"ApiToken":""}}""",
            json!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
