namespace ChatworkGuard.Bot.WebConsole;

/// <summary>Checks the console's users and limits; never quotes a password.</summary>
internal sealed class ConsoleOptionsValidator : IValidateOptions<ConsoleOptions>
{
    /// <summary>Shorter passwords are refused: the console shows every room's archive.</summary>
    public const int MinimumPasswordLength = 12;

    public ValidateOptionsResult Validate(string? name, ConsoleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Users.Count; i++)
        {
            var user = options.Users[i];
            var key = string.Create(CultureInfo.InvariantCulture, $"Console:Users:{i}");
            if (string.IsNullOrWhiteSpace(user.Name) || user.Name.Length > 64 || user.Name.Any(char.IsControl))
            {
                problems.Add($"{key}:Name must be 1 to 64 characters without control characters.");
            }
            else if (!names.Add(user.Name.Trim()))
            {
                problems.Add($"{key}:Name repeats the name '{user.Name.Trim()}'; each console user needs a name of their own.");
            }

            if (string.IsNullOrEmpty(user.Password))
            {
                problems.Add($"{key}:Password is empty; set it from the environment (CHATWORKGUARD_Console__Users__{i.ToString(CultureInfo.InvariantCulture)}__Password).");
            }
            else if (user.Password.Length < MinimumPasswordLength)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{key}:Password has fewer than {MinimumPasswordLength} characters."));
            }
        }

        if (options.MaxFailedLogins is < 1 or > 100)
        {
            problems.Add("Console:MaxFailedLogins must be between 1 and 100.");
        }

        if (options.LockoutWindow < TimeSpan.FromSeconds(10) || options.LockoutWindow > TimeSpan.FromDays(1))
        {
            problems.Add("Console:LockoutWindow must be between 10 seconds and 1 day.");
        }

        if (options.SessionLifetime < TimeSpan.FromMinutes(1) || options.SessionLifetime > TimeSpan.FromDays(30))
        {
            problems.Add("Console:SessionLifetime must be between 1 minute and 30 days.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
