namespace ChatworkGuard.Policy.Detection;

/// <summary>On which side of a rule's match a context or exception term must be.</summary>
internal enum ConditionSide
{
    Any,
    Before,
    After,
}
