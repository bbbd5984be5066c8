using ChatworkGuard.Chatwork;
using ChatworkGuard.Chatwork.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Tests.Chatwork;

public sealed class ChatworkOptionsValidatorTests
{
    private const string Secret = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void Validate_EmptyToken_StatesTheFix()
    {
        var result = new ChatworkOptionsValidator().Validate(null, new ChatworkOptions());

        Assert.True(result.Failed);
        Assert.Contains("Chatwork:ApiToken is empty. Set the CHATWORKGUARD_Chatwork__ApiToken environment variable, " +
            "or run `chatwork-guard demo` to try the bot without a token. (Several bot accounts: set Chatwork:Accounts instead.)", result.Failures!);
    }

    [Fact]
    public void Validate_TokenWithLineBreak_FailsWithoutEchoingIt()
    {
        var result = new ChatworkOptionsValidator().Validate(null, new ChatworkOptions { ApiToken = Secret + "\n" });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("Chatwork:ApiToken contains whitespace", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RelativeOrQueryBaseUrl_Fails()
    {
        var validator = new ChatworkOptionsValidator();

        Assert.Contains("not an absolute http(s) URL", validator.Validate(null, new ChatworkOptions { ApiToken = Secret, BaseUrl = new Uri("/v2", UriKind.Relative) }).FailureMessage, StringComparison.Ordinal);
        Assert.Contains("must not carry a query", validator.Validate(null, new ChatworkOptions { ApiToken = Secret, BaseUrl = new Uri("https://api.chatwork.com/v2?token=x") }).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReservesTooLarge_FailsNamingTheSettings()
    {
        var result = new ChatworkOptionsValidator().Validate(null, new ChatworkOptions { ApiToken = Secret, BudgetHeadroom = 0.4, PostReserve = 0.3, ResyncReserve = 0.3 });

        Assert.Contains("BudgetHeadroom + PostReserve + ResyncReserve is 1", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_WithToken_Succeed() =>
        Assert.True(new ChatworkOptionsValidator().Validate(null, new ChatworkOptions { ApiToken = Secret }).Succeeded);

    [Fact]
    public void AddChatworkClient_InvalidOptions_ResolvingClientThrowsEveryProblem()
    {
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddChatworkClient(o =>
            {
                o.ApiToken = "";
                o.RequestsPerWindow = 0;
                o.Window = TimeSpan.FromHours(3);
            })
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IChatworkClient>());

        Assert.Contains(error.Failures, f => f.StartsWith("Chatwork:ApiToken is empty", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Chatwork:RequestsPerWindow must be between", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Chatwork:Window must be between", StringComparison.Ordinal));
    }

    [Fact]
    public void AddChatworkClient_ValidOptions_ResolvesOneSharedClientAndBudget()
    {
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddChatworkClient(o => o.ApiToken = Secret)
            .BuildServiceProvider();

        var client = provider.GetRequiredService<IChatworkClient>();

        Assert.Same(client, provider.GetRequiredService<IChatworkClient>());
        Assert.Equal(ChatworkGuard.Chatwork.Budget.RequestPriority.Read, client.ReadPriority);
        Assert.Equal(ChatworkGuard.Chatwork.Budget.RequestPriority.Resync, client.WithReadPriority(ChatworkGuard.Chatwork.Budget.RequestPriority.Resync).ReadPriority);
        Assert.Equal(300, provider.GetRequiredService<ChatworkGuard.Chatwork.Budget.ApiBudget>().State.Limit);
    }

    [Theory]
    [InlineData("http://api.chatwork.com/v2", false)]
    [InlineData("http://10.0.0.5:5080/v2", false)]
    [InlineData("http://emulator.internal/v2", false)]
    [InlineData("https://api.chatwork.com/v2", true)]
    [InlineData("http://127.0.0.1:5080/v2", true)]
    [InlineData("http://localhost:5080/v2", true)]
    [InlineData("http://[::1]:5080/v2", true)]
    public void Validate_PlainHttpBaseUrl_IsRefusedExceptForLoopback(string baseUrl, bool valid)
    {
        var result = new ChatworkOptionsValidator().Validate(null, new ChatworkOptions { ApiToken = Secret, BaseUrl = new Uri(baseUrl) });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("plain http to another host", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_SeveralAccounts_SucceedWithoutApiToken()
    {
        var options = new ChatworkOptions { Accounts = { Secret, Secret + "2" } };

        Assert.True(new ChatworkOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal([Secret, Secret + "2"], options.Tokens());
        Assert.Equal([Secret], new ChatworkOptions { ApiToken = Secret }.Tokens());
    }

    [Fact]
    public void Validate_DuplicateAndEmptyAccounts_NamePositionsNeverTokens()
    {
        var result = new ChatworkOptionsValidator().Validate(null, new ChatworkOptions { Accounts = { Secret, " ", Secret, Secret + "\n" } });

        Assert.True(result.Failed);
        Assert.Contains("Chatwork:Accounts:1 is empty. Set it to a bot account's API token, or remove the entry.", result.Failures!);
        Assert.Contains("Chatwork:Accounts:2 is the same token as Chatwork:Accounts:0. List each bot account once.", result.Failures!);
        Assert.Contains(result.Failures!, f => f.StartsWith("Chatwork:Accounts:3 contains whitespace", StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ApiTokenBesideAccounts_AsksForOneOfThem()
    {
        var result = new ChatworkOptionsValidator().Validate(null, new ChatworkOptions { ApiToken = Secret, Accounts = { Secret + "2" } });

        Assert.Contains(result.Failures!, f => f.StartsWith("Chatwork:ApiToken and Chatwork:Accounts are both set.", StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyAccountListAndNoToken_IsTheMissingTokenError()
    {
        var result = new ChatworkOptionsValidator().Validate(null, new ChatworkOptions { Accounts = { } });

        Assert.Contains(result.Failures!, f => f.StartsWith("Chatwork:ApiToken is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void AddChatworkClient_SeveralAccounts_OneClientAndBudgetEach_PrimaryIsTheFirst()
    {
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddChatworkClient(o => { o.Accounts.Add(Secret); o.Accounts.Add(Secret + "2"); })
            .BuildServiceProvider();

        var accounts = provider.GetRequiredService<ChatworkGuard.Chatwork.Accounts.ChatworkAccounts>();

        Assert.Equal([1, 2], accounts.Select(a => a.Number));
        Assert.NotSame(accounts[0].Budget, accounts[1].Budget);
        Assert.NotSame(accounts[0].Client, accounts[1].Client);
        Assert.Same(accounts.Primary.Client, provider.GetRequiredService<IChatworkClient>());
        Assert.Same(accounts.Primary.Budget, provider.GetRequiredService<ChatworkGuard.Chatwork.Budget.ApiBudget>());
        Assert.Equal(600, accounts.TotalLimit);
    }
}
