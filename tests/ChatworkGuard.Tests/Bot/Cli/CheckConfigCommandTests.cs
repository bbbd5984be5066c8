using System.Text.Json.Nodes;

namespace ChatworkGuard.Tests.Bot.Cli;

public sealed class CheckConfigCommandTests
{
    private const string Token = "3f2a9c0d8e7b6a5f4e3d2c1b0a9f8e7d";
    private const string WebhookToken = "A9ne+ygvdV0IZBaPFV2zC1e5Bk+IsI14BPwieRoBQNU=";

    private static readonly string[] Invalid =
    [
        "--Chatwork:ApiToken=",
        "--Sync:Interval=00:00:00",
        "--Webhooks:MaxBodyBytes=5",
        "--Shutdown:JobGracePeriod=00:00:09",
        "--Rooms:WatchMode=AllowList",
        "--Health:ChatworkFailureThreshold=0",
    ];

    private static Task<(int ExitCode, string Output, string Error)> CheckAsync(params string[] settings) =>
        CliRunner.RunAsync(["check-config", .. settings]);

    // The effective configuration is the JSON object between the first line and the closing brace at the line start.
    private static JsonObject Effective(string output)
    {
        var lines = output.Split('\n').Skip(1).ToList();
        var end = lines.FindIndex(l => l.TrimEnd('\r') == "}");
        return JsonNode.Parse(string.Join('\n', lines.Take(end + 1)))!.AsObject();
    }

    private static List<string> Problems(string error) =>
        [.. error.Split('\n').Where(l => l.StartsWith("  - ", StringComparison.Ordinal)).Select(l => l[4..].TrimEnd('\r'))];

    [Fact]
    public async Task CheckConfig_ValidConfiguration_ExitsZeroAndPrintsEverySectionWithDefaults()
    {
        var (exit, output, error) = await CheckAsync("--Chatwork:ApiToken=" + Token, "--Sync:Interval=00:00:10");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("The configuration is valid.", output, StringComparison.Ordinal);
        var effective = Effective(output);
        foreach (var section in new[] { "Urls", "Chatwork", "Storage", "Sync", "Webhooks", "Rooms", "Notifications", "Detection", "Health", "Shutdown", "Logging" })
        {
            Assert.True(effective.ContainsKey(section), $"section {section} is missing from:\n{output}");
        }

        Assert.Equal("00:00:10", effective["Sync"]!["Interval"]!.GetValue<string>());
        Assert.Equal(300, effective["Chatwork"]!["RequestsPerWindow"]!.GetValue<int>());
        Assert.Equal("00:00:30", effective["Chatwork"]!["AttemptTimeout"]!.GetValue<string>()); // a default, not set anywhere
        Assert.Equal("Sqlite", effective["Storage"]!["Provider"]!.GetValue<string>());
    }

    [Fact]
    public async Task CheckConfig_SigningKey_PrintsOnlyThePublicKeysFingerprint()
    {
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var pem = key.ExportPkcs8PrivateKeyPem();
        var fingerprint = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(key.ExportSubjectPublicKeyInfo()));

        var (exit, output, error) = await CheckAsync("--Chatwork:ApiToken=" + Token, "--Evidence:SigningKey=" + pem);

        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("public key (SPKI) SHA-256 fingerprint " + fingerprint, output, StringComparison.Ordinal);
        var body = pem.Split('\n')[1];
        Assert.DoesNotContain(body, output, StringComparison.Ordinal);
        Assert.Equal("<redacted>", Effective(output)["Evidence"]!["SigningKey"]!.GetValue<string>());
    }

    [Fact]
    public async Task CheckConfig_UnusableSigningKey_IsAProblemThatDoesNotQuoteIt()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var pem = rsa.ExportPkcs8PrivateKeyPem();

        var (exit, _, error) = await CheckAsync("--Chatwork:ApiToken=" + Token, "--Evidence:SigningKey=" + pem, "--Evidence:CheckpointInterval=00:00:10");

        Assert.Equal(1, exit);
        var problems = Problems(error);
        Assert.Contains(problems, p => p.StartsWith("Evidence:SigningKey:", StringComparison.Ordinal) && p.Contains("P-256", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Evidence:CheckpointInterval", StringComparison.Ordinal));
        Assert.DoesNotContain(pem.Split('\n')[1], error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_Secrets_AreRedactedButTheirPresenceShows()
    {
        var (exit, output, _) = await CheckAsync(
            "--Chatwork:ApiToken=" + Token,
            "--Webhooks:Tokens:0=" + WebhookToken,
            "--Storage:Provider=Postgres",
            "--Storage:ConnectionString=Host=db;Database=guard;Username=guard;Password=pg-s3cret-pw",
            "--Storage:MigrationConnectionString=Host=db;Database=guard;Username=guard_owner;Password=owner-s3cret-pw",
            "--Storage:RuntimeRole=guard");

        Assert.Equal(0, exit);
        Assert.DoesNotContain(Token, output, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookToken, output, StringComparison.Ordinal);
        Assert.DoesNotContain("pg-s3cret-pw", output, StringComparison.Ordinal);
        Assert.DoesNotContain("owner-s3cret-pw", output, StringComparison.Ordinal);
        var effective = Effective(output);
        Assert.Equal("<redacted>", effective["Chatwork"]!["ApiToken"]!.GetValue<string>());
        Assert.Equal(["<redacted>"], effective["Webhooks"]!["Tokens"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("Host=db;Database=guard;Username=guard;Password=<redacted>", effective["Storage"]!["ConnectionString"]!.GetValue<string>());
        Assert.Equal("Host=db;Database=guard;Username=guard_owner;Password=<redacted>", effective["Storage"]!["MigrationConnectionString"]!.GetValue<string>());
        Assert.Equal("guard", effective["Storage"]!["RuntimeRole"]!.GetValue<string>());
    }

    [Fact]
    public async Task CheckConfig_LeastPrivilegeSettings_WrongProviderBadRoleOrBadMigrationString_AreProblemsWithoutThePassword()
    {
        var onSqlite = await CheckAsync("--Chatwork:ApiToken=" + Token, "--Storage:RuntimeRole=guard");
        var (exit, output, error) = await CheckAsync(
            "--Chatwork:ApiToken=" + Token,
            "--Storage:Provider=Postgres",
            "--Storage:ConnectionString=Host=db;Database=guard;Username=guard;Password=pg-s3cret-pw",
            "--Storage:MigrationConnectionString=Database=guard;Username=guard_owner;Password=owner-s3cret-pw",
            "--Storage:RuntimeRole=Guard; DROP TABLE archive_records");

        Assert.Equal(1, onSqlite.ExitCode);
        Assert.Contains(Problems(onSqlite.Error), p => p.StartsWith("Storage:MigrationConnectionString and Storage:RuntimeRole are for Storage:Provider=Postgres", StringComparison.Ordinal));
        Assert.Equal(1, exit);
        var problems = Problems(error);
        Assert.Contains(problems, p => p.StartsWith("Storage:MigrationConnectionString has no Host for Postgres.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Storage:RuntimeRole must be a plain role name", StringComparison.Ordinal));
        Assert.DoesNotContain("owner-s3cret-pw", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("pg-s3cret-pw", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_InvalidSettings_ExitsOneAndListsEveryProblem()
    {
        var (exit, output, error) = await CheckAsync(Invalid);

        Assert.Equal(1, exit);
        Assert.StartsWith("The configuration has 6 problems:", error, StringComparison.Ordinal);
        var problems = Problems(error);
        Assert.Contains(problems, p => p.StartsWith("Chatwork:ApiToken is empty. Set the CHATWORKGUARD_Chatwork__ApiToken", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Sync:Interval must be between 1 second and 1 hour.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Webhooks:MaxBodyBytes must be between 1024 and 4194304.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Shutdown:JobGracePeriod (00:00:09) must be shorter than Shutdown:Timeout (00:00:08)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Rooms:WatchMode is AllowList but Rooms:Allow is empty", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Health:ChatworkFailureThreshold must be between 1 and 100.", StringComparison.Ordinal));
        // Invalid values are still shown, so the operator sees what the bot read.
        Assert.Equal("00:00:00", Effective(output)["Sync"]!["Interval"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_InvalidConfiguration_RefusesToStartAndListsTheSameProblemsAsCheckConfig()
    {
        var (checkExit, _, checkError) = await CheckAsync(Invalid);
        var (runExit, _, runError) = await CliRunner.RunAsync(["run", .. Invalid, "--Urls=http://127.0.0.1:0"]);

        Assert.Equal((1, 1), (checkExit, runExit));
        Assert.Equal(Problems(checkError).Order(StringComparer.Ordinal), Problems(runError).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CheckConfig_ValueOfTheWrongType_NamesTheKey()
    {
        var (exit, _, error) = await CheckAsync("--Chatwork:ApiToken=" + Token, "--Sync:Interval=every minute");

        Assert.Equal(1, exit);
        Assert.Contains("'Sync:Interval'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_UnknownKey_IsAWarningNotAFailure()
    {
        var (exit, output, _) = await CheckAsync("--Chatwork:ApiToken=" + Token, "--Sync:Intervall=00:00:10", "--Chatwork:ApiTokn=" + Token);

        Assert.Equal(0, exit);
        Assert.Contains("warning: Sync:Intervall is not a setting the bot knows (a typo?); it is ignored.", output, StringComparison.Ordinal);
        Assert.Contains("warning: Chatwork:ApiTokn is not a setting", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, output, StringComparison.Ordinal);
    }
}
