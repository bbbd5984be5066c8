namespace ChatworkGuard.Emulator.Faults;

/// <summary>What fault injection does to one request.</summary>
/// <param name="Latency">Delay before handling.</param>
/// <param name="StatusCode">A made-up answer (429 or 5xx) instead of handling the request; 0 for none.</param>
/// <param name="CloseConnection">Handle the request, then close the connection mid-response.</param>
internal readonly record struct FaultDecision(TimeSpan Latency, int StatusCode, bool CloseConnection)
{
    public static readonly FaultDecision None = new(TimeSpan.Zero, 0, false);
}
