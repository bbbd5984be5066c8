namespace ChatworkGuard.Policy.Detection;

/// <summary>Receives term matches from <see cref="TermAutomaton.Scan{TSink}"/>; a struct so the call is inlined.</summary>
internal interface IHitSink
{
    void OnMatch(int term, int start, int end);
}
