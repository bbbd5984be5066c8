namespace ChatworkGuard.Chatwork;

/// <summary>The `Chatwork` configuration section: where the API is and how much of it we may use.</summary>
public sealed class ChatworkOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Chatwork";

    /// <summary>The bot account's API token (a secret). Default: empty, which stops start-up.</summary>
    public string ApiToken { get; set; } = "";

    /// <summary>The API's base URL. Default: https://api.chatwork.com/v2.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.chatwork.com/v2");

    /// <summary>Requests allowed per <see cref="Window"/>. Default: 300.</summary>
    public int RequestsPerWindow { get; set; } = 300;

    /// <summary>The rate-limit window. Default: 5 minutes.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}
