namespace ChatworkGuard.Bot.Management;

/// <summary>
/// Set on every connection accepted by a <c>Management:Urls</c> listener (and on no other), so a request can tell which
/// listener it came through without trusting anything the client sent (a Host header can name any port).
/// </summary>
internal sealed class ManagementConnectionFeature
{
    public static readonly ManagementConnectionFeature Instance = new();

    private ManagementConnectionFeature()
    {
    }
}
