namespace ChatworkGuard.Bot.Health;

/// <summary>
/// How the latest Chatwork calls ended, fed by every HTTP attempt the client makes: /readyz answers "is Chatwork
/// reachable" from it instead of spending a request of the budget on every probe.
/// </summary>
internal sealed class ChatworkCallStatus
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private ChatworkCallSnapshot _snapshot = ChatworkCallSnapshot.None;

    public ChatworkCallStatus(TimeProvider time) => _time = time;

    /// <summary>The latest outcomes.</summary>
    public ChatworkCallSnapshot Snapshot
    {
        get
        {
            lock (_gate)
            {
                return _snapshot;
            }
        }
    }

    /// <summary>The API answered with <paramref name="statusCode"/>.</summary>
    public void Answered(int statusCode)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            // A 5xx is an answer, but not a working API: it counts towards the failure streak.
            var failing = statusCode >= 500;
            _snapshot = _snapshot with
            {
                LastCallAt = now,
                LastStatusCode = statusCode,
                LastAnswerAt = now,
                LastFailure = failing ? $"HTTP {statusCode}" : null,
                ConsecutiveFailures = failing ? _snapshot.ConsecutiveFailures + 1 : 0,
            };
        }
    }

    /// <summary>The call got no answer (network error or timeout), described by <paramref name="failure"/>.</summary>
    public void Failed(string failure)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            _snapshot = _snapshot with
            {
                LastCallAt = now,
                LastFailure = failure,
                ConsecutiveFailures = _snapshot.ConsecutiveFailures + 1,
            };
        }
    }
}
