namespace ChatworkGuard.Chatwork;

/// <summary>A Chatwork call got no usable answer (network, timeout, open circuit, unreadable body) after its retries.</summary>
/// <remarks>A caller's own cancellation is never this exception: it surfaces as <see cref="OperationCanceledException"/>.</remarks>
public sealed class ChatworkRequestException : ChatworkCallException
{
    /// <summary>Creates the exception.</summary>
    public ChatworkRequestException(string method, string path, ChatworkRequestFailure failure, bool mayHaveBeenApplied, Exception? innerException)
        : base(method, path, Describe(method, path, failure, mayHaveBeenApplied, innerException), innerException)
    {
        Failure = failure;
        MayHaveBeenApplied = mayHaveBeenApplied;
    }

    /// <summary>What went wrong.</summary>
    public ChatworkRequestFailure Failure { get; }

    /// <summary>True when a write may have reached the server although no answer came back; do not simply resend it.</summary>
    public bool MayHaveBeenApplied { get; }

    private static string Describe(string method, string path, ChatworkRequestFailure failure, bool mayHaveBeenApplied, Exception? inner)
    {
        var what = failure switch
        {
            ChatworkRequestFailure.Timeout => "timed out",
            ChatworkRequestFailure.CircuitOpen => "was not sent: the circuit breaker is open after repeated failures",
            ChatworkRequestFailure.InvalidResponse => "got an answer that is not the expected JSON",
            _ => "failed on the network",
        };
        var applied = mayHaveBeenApplied ? " It may have been applied on the server." : "";
        var cause = inner is null ? "" : $" ({inner.GetType().Name}: {inner.Message})";
        return string.Create(CultureInfo.InvariantCulture, $"Chatwork API {method} /{path} {what}.{applied}{cause}");
    }
}
