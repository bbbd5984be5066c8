namespace ChatworkGuard.Bot.Management;

/// <summary>Checks both listen settings (<c>Urls</c> and <c>Management:Urls</c>): parseable, and on different ports.</summary>
internal sealed class ManagementOptionsValidator : IValidateOptions<ManagementOptions>
{
    private readonly ListenAddresses _addresses;

    public ManagementOptionsValidator(ListenAddresses addresses) => _addresses = addresses;

    public ValidateOptionsResult Validate(string? name, ManagementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = _addresses.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
