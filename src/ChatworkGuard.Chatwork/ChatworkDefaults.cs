namespace ChatworkGuard.Chatwork;

/// <summary>The defaults of <see cref="ChatworkOptions"/>, in one place.</summary>
internal static class ChatworkDefaults
{
    public const string BaseUrl = "https://api.chatwork.com/v2";
    public const string HttpClientName = "ChatworkGuard.Chatwork";
    public const int RequestsPerWindow = 300;
    public const double BudgetHeadroom = 0.1;
    public const double PostReserve = 0.1;
    public const double ResyncReserve = 0.2;
    public const double ReadBurst = 0.25;
    public const int RoomPostsPerWindow = 10;
    public const int MaxRetryAttempts = 5;
    public const double CircuitBreakerFailureRatio = 0.5;
    public const int CircuitBreakerMinimumThroughput = 20;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan RoomPostWindow = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan RetryBaseDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan RetryMaxDelay = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan CircuitBreakerBreakDuration = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan PostMatchClockSkew = TimeSpan.FromMinutes(2);
}
