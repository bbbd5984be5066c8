namespace ChatworkGuard.Chatwork.Client;

/// <summary>Who the token's account is on Chatwork.</summary>
public interface IChatworkOwnAccount
{
    /// <summary>The token's own account: <c>GET /me</c> once, then the cached answer for the life of the client
    /// (shared by every priority view).</summary>
    Task<MyAccount> GetOwnAccountAsync(CancellationToken cancellationToken = default);
}
