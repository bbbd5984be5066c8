namespace ChatworkGuard.Policy.Detection;

/// <summary>A context or exception group, compiled: a term set and its reach. <see cref="UnlessSet"/> is -1 when absent.</summary>
internal readonly record struct CompiledCondition(int Set, ConditionScope Scope, int Window, ConditionSide Side, int UnlessSet);
