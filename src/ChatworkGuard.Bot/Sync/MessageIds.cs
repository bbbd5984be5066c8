namespace ChatworkGuard.Bot.Sync;

/// <summary>Orders Chatwork message ids, which are decimal strings of 64-bit values.</summary>
internal static class MessageIds
{
    /// <summary>Numeric comparison without parsing: a shorter digit string is the smaller number.</summary>
    public static int Compare(string left, string right)
    {
        var byLength = left.Length.CompareTo(right.Length);
        return byLength != 0 ? byLength : string.CompareOrdinal(left, right);
    }
}
