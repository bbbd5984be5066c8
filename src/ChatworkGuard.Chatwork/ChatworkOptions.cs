using System.ComponentModel.DataAnnotations;

namespace ChatworkGuard.Chatwork;

/// <summary>The `Chatwork` configuration section: where the API is and how much of it we may use.</summary>
/// <remarks>Validated at start by DataAnnotations and <see cref="ChatworkOptionsValidator"/>; every
/// failure message names the setting and the fix.</remarks>
public sealed class ChatworkOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Chatwork";

    /// <summary>The bot account's API token (a secret, never logged), for a bot with one account. Default: empty; start-up
    /// stops unless this or <see cref="Accounts"/> is set.</summary>
    public string ApiToken { get; set; } = "";

    /// <summary>The API tokens of several bot accounts (secrets, never logged), instead of <see cref="ApiToken"/>. Each
    /// account has its own budget of <see cref="RequestsPerWindow"/> per <see cref="Window"/>; each room is read by one
    /// account that is a member of it. Default: none (the one account of <see cref="ApiToken"/>).</summary>
    public IList<string> Accounts { get; init; } = [];

    /// <summary>The tokens in use, in configuration order: <see cref="Accounts"/> when set, else <see cref="ApiToken"/> alone.</summary>
    public IReadOnlyList<string> Tokens() => Accounts.Count > 0 ? [.. Accounts] : [ApiToken];

    /// <summary>The API's base URL, including the version path. Default: https://api.chatwork.com/v2.</summary>
    [Required(ErrorMessage = "Chatwork:BaseUrl is missing. Set it to https://api.chatwork.com/v2 or to the emulator's URL.")]
    public Uri BaseUrl { get; set; } = new(ChatworkDefaults.BaseUrl);

    /// <summary>Requests the API allows per <see cref="Window"/> for one token. Default: 300.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Chatwork:RequestsPerWindow must be between 1 and 1000000 (Chatwork allows 300 per 5 minutes).")]
    public int RequestsPerWindow { get; set; } = ChatworkDefaults.RequestsPerWindow;

    /// <summary>The rate-limit window. Default: 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Chatwork:Window must be between 00:00:01 and 01:00:00 (Chatwork's is 00:05:00).")]
    public TimeSpan Window { get; set; } = ChatworkDefaults.Window;

    /// <summary>Share of each window the bot never uses, so a person using the same token still has room. Default: 0.1.</summary>
    [Range(0.0, 0.5, ErrorMessage = "Chatwork:BudgetHeadroom must be between 0 and 0.5 (a share of RequestsPerWindow).")]
    public double BudgetHeadroom { get; set; } = ChatworkDefaults.BudgetHeadroom;

    /// <summary>Share of each window reads leave for posting warnings and reminders. Default: 0.1.</summary>
    [Range(0.0, 0.5, ErrorMessage = "Chatwork:PostReserve must be between 0 and 0.5 (a share of RequestsPerWindow).")]
    public double PostReserve { get; set; } = ChatworkDefaults.PostReserve;

    /// <summary>Further share resync reads leave for ordinary reads, so resync yields first. Default: 0.2.</summary>
    [Range(0.0, 0.5, ErrorMessage = "Chatwork:ResyncReserve must be between 0 and 0.5 (a share of RequestsPerWindow).")]
    public double ResyncReserve { get; set; } = ChatworkDefaults.ResyncReserve;

    /// <summary>Share of their window allowance reads may use at once; the rest comes evenly over the window, so a
    /// backlog is read at a steady pace instead of in one burst followed by minutes of silence. 1 turns pacing off.
    /// Default: 0.25.</summary>
    [Range(0.05, 1.0, ErrorMessage = "Chatwork:ReadBurst must be between 0.05 and 1 (a share of the reads a window allows; 1 = no pacing).")]
    public double ReadBurst { get; set; } = ChatworkDefaults.ReadBurst;

    /// <summary>Posts (messages and tasks) allowed per room per <see cref="RoomPostWindow"/>. Default: 10.</summary>
    [Range(1, 1000, ErrorMessage = "Chatwork:RoomPostsPerWindow must be between 1 and 1000 (Chatwork allows 10 per 10 seconds).")]
    public int RoomPostsPerWindow { get; set; } = ChatworkDefaults.RoomPostsPerWindow;

    /// <summary>The per-room posting window. Default: 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Chatwork:RoomPostWindow must be between 00:00:01 and 00:10:00 (Chatwork's is 00:00:10).")]
    public TimeSpan RoomPostWindow { get; set; } = ChatworkDefaults.RoomPostWindow;

    /// <summary>How long one HTTP attempt may take before it counts as timed out. Default: 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "Chatwork:AttemptTimeout must be between 00:00:00.100 and 00:10:00.")]
    public TimeSpan AttemptTimeout { get; set; } = ChatworkDefaults.AttemptTimeout;

    /// <summary>Retries after the first attempt for transient failures (429, 5xx, network, timeout). Default: 5.</summary>
    [Range(0, 20, ErrorMessage = "Chatwork:MaxRetryAttempts must be between 0 and 20.")]
    public int MaxRetryAttempts { get; set; } = ChatworkDefaults.MaxRetryAttempts;

    /// <summary>The first retry delay; later ones grow exponentially with jitter. Default: 1 second.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Chatwork:RetryBaseDelay must be between 00:00:00 and 00:01:00.")]
    public TimeSpan RetryBaseDelay { get; set; } = ChatworkDefaults.RetryBaseDelay;

    /// <summary>The longest backoff delay between two retries (a 429 waits for its reset instead). Default: 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Chatwork:RetryMaxDelay must be between 00:00:00 and 00:10:00.")]
    public TimeSpan RetryMaxDelay { get; set; } = ChatworkDefaults.RetryMaxDelay;

    /// <summary>Share of failed attempts within <see cref="CircuitBreakerSamplingDuration"/> that opens the circuit. Default: 0.5.</summary>
    [Range(0.01, 1.0, ErrorMessage = "Chatwork:CircuitBreakerFailureRatio must be between 0.01 and 1.")]
    public double CircuitBreakerFailureRatio { get; set; } = ChatworkDefaults.CircuitBreakerFailureRatio;

    /// <summary>Attempts needed within the sampling duration before the circuit may open. Default: 20.</summary>
    [Range(2, 10_000, ErrorMessage = "Chatwork:CircuitBreakerMinimumThroughput must be between 2 and 10000.")]
    public int CircuitBreakerMinimumThroughput { get; set; } = ChatworkDefaults.CircuitBreakerMinimumThroughput;

    /// <summary>The period over which the failure ratio is measured. Default: 60 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00", ErrorMessage = "Chatwork:CircuitBreakerSamplingDuration must be between 00:00:00.500 and 01:00:00.")]
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = ChatworkDefaults.CircuitBreakerSamplingDuration;

    /// <summary>How long an open circuit rejects calls before one trial call is let through. Default: 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00", ErrorMessage = "Chatwork:CircuitBreakerBreakDuration must be between 00:00:00.500 and 01:00:00.")]
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = ChatworkDefaults.CircuitBreakerBreakDuration;

    /// <summary>How far before an uncertain post's start a message still counts as that post when checking for duplicates (server clock skew). Default: 2 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00", ErrorMessage = "Chatwork:PostMatchClockSkew must be between 00:00:00 and 00:30:00.")]
    public TimeSpan PostMatchClockSkew { get; set; } = ChatworkDefaults.PostMatchClockSkew;
}
