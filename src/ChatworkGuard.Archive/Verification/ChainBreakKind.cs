namespace ChatworkGuard.Archive.Verification;

/// <summary>What is wrong at the first broken record of a chain.</summary>
public enum ChainBreakKind
{
    /// <summary>A record's content (or its stored hash) no longer matches: a field was changed after archiving.</summary>
    Changed,

    /// <summary>One or more records are gone (a sequence gap, a link to a record that is not there, or a shortened chain).</summary>
    Missing,

    /// <summary>A record that was not part of the chain was put into it.</summary>
    Inserted,

    /// <summary>Records are in a different order than they were archived in.</summary>
    Reordered,
}
