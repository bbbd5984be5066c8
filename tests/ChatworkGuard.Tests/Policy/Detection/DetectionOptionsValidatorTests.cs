using ChatworkGuard.Policy.Detection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Tests.Policy.Detection;

public sealed class DetectionOptionsValidatorTests
{
    [Fact]
    public void Validate_DefaultOptions_Succeeds()
    {
        var result = new DetectionOptionsValidator().Validate(null, new DetectionOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_InvalidRegex_NamesTheRule()
    {
        var options = new DetectionOptions { Rules = [new RuleOptions { Id = "team.bad-regex", Category = "direct-payment", Patterns = ["pay(("] }] };

        var result = new DetectionOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("team.bad-regex", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("regular expression", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownCategory_NamesTheRuleAndTheChoices()
    {
        var options = new DetectionOptions { Rules = [new RuleOptions { Id = "team.typo", Category = "direct-payments", Terms = ["x"] }] };

        var result = new DetectionOptionsValidator().Validate(null, options);

        Assert.Contains("team.typo", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("off-platform-contact", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@no-such-list", "names no vocabulary list")]
    [InlineData("#no-such-detector", "not a built-in detector")]
    [InlineData("{@no-such-list}x", "names no vocabulary list")]
    [InlineData("\u200B", "empty once normalised")]
    public void Validate_BadTerm_NamesTheRule(string term, string problem)
    {
        var options = new DetectionOptions { Rules = [new RuleOptions { Id = "team.term", Category = "escrow-bypass", Terms = [term] }] };

        var result = new DetectionOptionsValidator().Validate(null, options);

        Assert.Contains("team.term", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(problem, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralProblems_ListsEveryOne()
    {
        var options = new DetectionOptions
        {
            DisabledRules = ["no.such.rule"],
            Rules =
            [
                new RuleOptions { Id = "a", Category = "nope", Terms = ["x"] },
                new RuleOptions { Id = "b", Category = "direct-payment", Terms = ["x"], Severity = "Huge" },
                new RuleOptions { Id = "c", Category = "direct-payment", Terms = ["x"], Context = [new RuleConditionOptions { Terms = ["y"], Within = "far" }] },
                new RuleOptions { Id = "contact.line", Category = "direct-payment", Terms = ["x"] },
                new RuleOptions { Id = "e", Category = "direct-payment" },
            ],
        };

        var failures = new DetectionOptionsValidator().Validate(null, options).Failures!.ToArray();

        Assert.Contains(failures, f => f.Contains("no.such.rule", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("(id 'a')", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Severity 'Huge'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Within 'far'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("already used", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("neither Terms nor Patterns", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddDetection_BadRuleInConfiguration_StopsStartUpNamingTheRule()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Detection:Rules:0:Id"] = "team.broken",
            ["Detection:Rules:0:Category"] = "direct-payment",
            ["Detection:Rules:0:Patterns:0"] = "[unclosed",
        });
        builder.Services.AddDetection();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("team.broken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDetection_ConfiguredRulesAndExemptions_AreApplied()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Detection:DisabledRules:0"] = "contact.line",
            ["Detection:Rules:0:Id"] = "team.gift-points",
            ["Detection:Rules:0:Category"] = "direct-payment",
            ["Detection:Rules:0:Terms:0"] = "ポイントで払",
            ["Detection:Rules:1:Id"] = "team.pattern",
            ["Detection:Rules:1:Category"] = "off-platform-contact",
            ["Detection:Rules:1:Patterns:0"] = @"matrix\.to/\S+",
            ["Detection:ExemptAccountIds:0"] = "42",
            ["Detection:ExemptRoomIds:0"] = "7",
            ["Detection:Cooldown"] = "00:10:00",
            // These assertions are about the rules; a disabled rule does not silence the model (docs/detection.md).
            ["Detection:Model:Enabled"] = "false",
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddDetection().BuildServiceProvider();

        var detector = services.GetRequiredService<Detector>();

        Assert.Equal(TimeSpan.FromMinutes(10), services.GetRequiredService<IOptions<DetectionOptions>>().Value.Cooldown);
        Assert.DoesNotContain("contact.line", detector.RuleIds);
        Assert.Empty(detector.Detect("LINE交換しませんか").Categories);
        Assert.Equal(["team.gift-points"], detector.Detect("ポイントで払いますね").RuleIds);
        Assert.Equal(["team.pattern"], detector.Detect("join me at MATRIX.TO/#room:example").RuleIds);
        Assert.True(detector.IsExempt(roomId: 1, accountId: 42));
        Assert.True(detector.IsExempt(roomId: 7, accountId: 1));
        Assert.Same(DetectionResult.Empty, detector.Detect("ポイントで払いますね", roomId: 7, accountId: 1));
        Assert.NotEmpty(detector.Detect("ポイントで払いますね", roomId: 8, accountId: 1).Categories);
    }

    [Fact]
    public void Create_ConfiguredRuleWithContextAndException_FollowsBoth()
    {
        var detector = Detector.Create(new DetectionOptions
        {
            Rules =
            [
                new RuleOptions
                {
                    Id = "team.points",
                    Category = "direct-payment",
                    Terms = ["ポイント"],
                    Context = [new RuleConditionOptions { Terms = ["@pay-verb"], Within = "10" }],
                    Exceptions = [new RuleConditionOptions { Terms = ["ポイント機能"] }],
                },
            ],
        });

        Assert.Contains("team.points", detector.Detect("ポイントで払います").RuleIds);
        Assert.DoesNotContain("team.points", detector.Detect("ポイントがたまりました").RuleIds);
        Assert.DoesNotContain("team.points", detector.Detect("ポイント機能で払えるようにしてください").RuleIds);
    }

    [Fact]
    public void Create_InvalidOptions_ThrowsWithEveryProblem()
    {
        var error = Assert.Throws<DetectionConfigurationException>(() => Detector.Create(new DetectionOptions { DisabledRules = ["x.y"] }));

        Assert.Contains("x.y", Assert.Single(error.Problems), StringComparison.Ordinal);
    }
}
