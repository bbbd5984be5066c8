using ChatworkGuard.Bot.Hosting;

namespace ChatworkGuard.Tests.Bot.Hosting;

public sealed class ShutdownOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(new ShutdownOptionsValidator().Validate(null, new ShutdownOptions()).Succeeded);

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    public void Validate_GraceNotShorterThanTimeout_FailsNamingBothSettings(int graceSeconds)
    {
        var result = new ShutdownOptionsValidator().Validate(null, new ShutdownOptions { JobGracePeriod = TimeSpan.FromSeconds(graceSeconds), Timeout = TimeSpan.FromSeconds(8) });

        Assert.True(result.Failed);
        Assert.Contains("Shutdown:JobGracePeriod", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Shutdown:Timeout", result.FailureMessage, StringComparison.Ordinal);
    }
}
