namespace ChatworkGuard.Emulator.Faults;

/// <summary>What fault injection does to one request.</summary>
/// <param name="Latency">Delay before handling.</param>
/// <param name="StatusCode">A made-up answer (429 or 5xx) instead of handling the request; 0 for none.</param>
/// <param name="CloseConnection">Handle the request, then close the connection mid-response.</param>
/// <param name="Hold">Handle the request, then answer nothing until the client goes away.</param>
internal readonly record struct FaultDecision(TimeSpan Latency, int StatusCode, bool CloseConnection, bool Hold = false)
{
    public static readonly FaultDecision None = new(TimeSpan.Zero, 0, false);
}
