namespace ChatworkGuard.Chatwork;

/// <summary>Why a Chatwork call got no usable answer.</summary>
public enum ChatworkRequestFailure
{
    /// <summary>No connection, or the connection broke before an answer was read.</summary>
    Network,

    /// <summary>An attempt took longer than <see cref="ChatworkOptions.AttemptTimeout"/> (not the caller's cancellation).</summary>
    Timeout,

    /// <summary>Too many recent failures: the circuit breaker is open and the call was not sent.</summary>
    CircuitOpen,

    /// <summary>The API answered success with a body that is not the JSON expected.</summary>
    InvalidResponse,
}
