namespace ChatworkGuard.Bot.WebConsole;

/// <summary>
/// The `Console` section: the team lead's read-only web console under <c>/console/</c> on <c>Management:Urls</c>. It is
/// off unless at least one user is configured.
/// </summary>
public sealed class ConsoleOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Console";

    /// <summary>Who may log in. Set the passwords from the environment
    /// (<c>CHATWORKGUARD_Console__Users__0__Password</c>); empty: the console is off.</summary>
    public IList<ConsoleUserOptions> Users { get; init; } = [];

    /// <summary>Failed logins allowed per user name and per client address within <see cref="LockoutWindow"/> before
    /// further attempts are refused until the window has passed. Default: 5.</summary>
    public int MaxFailedLogins { get; set; } = 5;

    /// <summary>How long failed logins are remembered and how long a locked-out name or address waits. Default: 15 minutes.</summary>
    public TimeSpan LockoutWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a login lasts without activity. Default: 8 hours.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Whether any user is configured, i.e. whether the console is served.</summary>
    internal bool Enabled => Users.Count > 0;
}
