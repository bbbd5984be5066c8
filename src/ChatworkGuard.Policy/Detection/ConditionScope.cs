namespace ChatworkGuard.Policy.Detection;

/// <summary>How far from a rule's match a context or exception term may be.</summary>
internal enum ConditionScope
{
    Sentence,
    Message,
    Window,
}
