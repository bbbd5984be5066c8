namespace ChatworkGuard.Bot.WebConsole;

/// <summary>Maps the console's pages and its static files onto the management listener.</summary>
internal sealed class ConsoleEndpoints : IManagementEndpoints
{
    public void Map(IEndpointRouteBuilder management)
    {
        ArgumentNullException.ThrowIfNull(management);
        management.MapRazorPages();
        management.MapGet(ConsolePaths.Assets + "/{name}", (string name, HttpContext context) => ConsoleAssets.Serve(name, context));
    }
}
