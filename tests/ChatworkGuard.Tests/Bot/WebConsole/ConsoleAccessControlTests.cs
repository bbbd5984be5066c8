using ChatworkGuard.Bot.WebConsole;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Tests.Bot.WebConsole;

/// <summary>The console's users (PBKDF2 hashes), the failed-login throttle and the validation of the Console section.</summary>
public sealed class ConsoleAccessControlTests
{
    private static IOptions<ConsoleOptions> Options(int maxFailed = 3) => Microsoft.Extensions.Options.Options.Create(new ConsoleOptions
    {
        Users = [new ConsoleUserOptions { Name = "Lead", Password = "correct-horse-battery" }],
        MaxFailedLogins = maxFailed,
        LockoutWindow = TimeSpan.FromMinutes(15),
    });

    [Fact]
    public void Users_AcceptTheRightPasswordOnly_NameIgnoringCase()
    {
        var users = new ConsoleUsers(Options());

        Assert.Equal("Lead", users.Check("lead", "correct-horse-battery"));
        Assert.Equal("Lead", users.Check(" Lead ", "correct-horse-battery"));
        Assert.Null(users.Check("Lead", "correct-horse-batterY"));
        Assert.Null(users.Check("someone", "correct-horse-battery"));
        Assert.Null(users.Check(null, null));
    }

    [Fact]
    public void Throttle_LocksANameAfterTheLimit_ForTheWindow_AndAnAddressOnItsOwn()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var throttle = new LoginThrottle(Options(maxFailed: 3), clock);

        throttle.Failed("lead", "10.0.0.1");
        throttle.Failed("lead", "10.0.0.2");
        Assert.Null(throttle.RetryAfter("lead", "10.0.0.3"));
        clock.Advance(TimeSpan.FromMinutes(5));
        throttle.Failed("LEAD", "10.0.0.3");

        // Locked by name from any address, until the first failure is 15 minutes old.
        Assert.Equal(TimeSpan.FromMinutes(10), throttle.RetryAfter("lead", "10.0.0.9"));
        Assert.Null(throttle.RetryAfter("other", "10.0.0.9"));
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Null(throttle.RetryAfter("lead", "10.0.0.9"));

        // One address guessing at many names is locked too.
        foreach (var name in new[] { "a", "b", "c" })
        {
            throttle.Failed(name, "10.0.0.66");
        }

        Assert.NotNull(throttle.RetryAfter("lead", "10.0.0.66"));
        throttle.Succeeded("lead");
        Assert.NotNull(throttle.RetryAfter("lead", "10.0.0.66"));
    }

    [Fact]
    public void Validator_NamesEachProblem_WithoutQuotingAPassword()
    {
        var options = new ConsoleOptions
        {
            Users =
            [
                new ConsoleUserOptions { Name = "lead", Password = "short-pw" },
                new ConsoleUserOptions { Name = "LEAD", Password = "" },
                new ConsoleUserOptions { Name = " ", Password = "long-enough-password" },
            ],
            MaxFailedLogins = 0,
            LockoutWindow = TimeSpan.FromSeconds(1),
            SessionLifetime = TimeSpan.FromDays(90),
        };

        var result = new ConsoleOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("Console:Users:0:Password has fewer than 12", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Console:Users:1:Name repeats", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Console:Users:1:Password is empty", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Console:Users:2:Name must be", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Console:MaxFailedLogins", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Console:LockoutWindow", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Console:SessionLifetime", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("short-pw", StringComparison.Ordinal) || f.Contains("long-enough-password", StringComparison.Ordinal));
        Assert.True(new ConsoleOptionsValidator().Validate(null, new ConsoleOptions()).Succeeded);
    }
}
