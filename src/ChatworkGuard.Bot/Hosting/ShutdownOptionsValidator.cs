namespace ChatworkGuard.Bot.Hosting;

/// <summary>Checks that jobs are asked to stop before the shutdown deadline, not after it.</summary>
internal sealed class ShutdownOptionsValidator : IValidateOptions<ShutdownOptions>
{
    public ValidateOptionsResult Validate(string? name, ShutdownOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.JobGracePeriod < options.Timeout
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(string.Create(CultureInfo.InvariantCulture,
                $"Shutdown:JobGracePeriod ({options.JobGracePeriod}) must be shorter than Shutdown:Timeout ({options.Timeout}), or running jobs are never asked to stop before the process exits. Lower JobGracePeriod or raise Timeout."));
    }
}
