namespace ChatworkGuard.Bot.WebConsole;

/// <summary>One console user: <c>Console:Users:{n}:Name</c> and <c>Console:Users:{n}:Password</c>.</summary>
public sealed class ConsoleUserOptions
{
    /// <summary>The login name (compared ignoring case).</summary>
    public string Name { get; set; } = "";

    /// <summary>The password (secret: from the environment). Hashed with PBKDF2 when the bot starts; check-config prints it redacted.</summary>
    public string Password { get; set; } = "";
}
