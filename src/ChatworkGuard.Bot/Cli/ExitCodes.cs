namespace ChatworkGuard.Bot.Cli;

/// <summary>
/// The exit codes of every `chatwork-guard` command, one convention for the scripts that call them. The archive
/// commands (verify, export, rooms) keep "could not check" apart from "checked and found a break", so a script can tell
/// a broken chain from a missing file; the other commands answer both with <see cref="Failed"/>.
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command did its work and found nothing wrong.</summary>
    public const int Ok = 0;

    /// <summary>The command found something wrong (a broken chain, an invalid configuration, an unhealthy bot, a scanned
    /// line in error) or, outside the archive commands, could not do its work.</summary>
    public const int Failed = 1;

    /// <summary>An archive command could not do its work: arguments it refuses, an archive it cannot open or read.</summary>
    public const int Error = 2;
}
