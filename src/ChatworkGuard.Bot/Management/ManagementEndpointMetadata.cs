namespace ChatworkGuard.Bot.Management;

/// <summary>Endpoint metadata: this endpoint answers on the management listener only.</summary>
internal sealed class ManagementEndpointMetadata
{
    public static readonly ManagementEndpointMetadata Instance = new();

    private ManagementEndpointMetadata()
    {
    }
}
