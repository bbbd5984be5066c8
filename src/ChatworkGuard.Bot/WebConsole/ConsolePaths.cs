namespace ChatworkGuard.Bot.WebConsole;

/// <summary>The console's addresses on the management listener.</summary>
internal static class ConsolePaths
{
    public const string Root = "/console";
    public const string Login = Root + "/login";
    public const string Logout = Root + "/logout";
    public const string Assets = Root + "/assets";

    public static bool IsConsole(PathString path) => path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase);
}
