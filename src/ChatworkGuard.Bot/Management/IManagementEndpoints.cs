namespace ChatworkGuard.Bot.Management;

/// <summary>
/// The extension point for operator-only HTTP endpoints. Implement it, register it with
/// <see cref="ManagementServiceCollectionExtensions.AddManagementEndpoints{T}"/>, and the endpoints it maps answer on
/// <c>Management:Urls</c> only; on the public <c>Urls</c> they are 404. It shares the bot's service provider, so handlers
/// take any of the bot's services as parameters.
/// </summary>
public interface IManagementEndpoints
{
    /// <summary>Maps this feature's endpoints onto <paramref name="management"/> (a route group; paths are absolute, e.g. "/console").</summary>
    void Map(IEndpointRouteBuilder management);
}
