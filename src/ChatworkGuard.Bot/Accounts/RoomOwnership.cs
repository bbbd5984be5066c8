namespace ChatworkGuard.Bot.Accounts;

/// <summary>
/// Which of a room's member bot accounts reads it: rendezvous (highest-random-weight) hashing of (room id, account id).
/// Every instance computes the same owner from the same members, with no coordination. Adding an account moves only the
/// rooms where the new account scores highest (about 1/N of the shared rooms), and removing one moves only its own rooms:
/// a modulo over the account list would move most rooms on either change.
/// </summary>
internal static class RoomOwnership
{
    /// <summary>The owner among <paramref name="memberAccountIds"/>; null when there is none.</summary>
    public static long? OwnerOf(long roomId, IEnumerable<long> memberAccountIds)
    {
        ArgumentNullException.ThrowIfNull(memberAccountIds);
        long? owner = null;
        var best = 0UL;
        foreach (var accountId in memberAccountIds)
        {
            var weight = Weight(roomId, accountId);
            // Ties (practically never) go to the lower account id, so the choice stays deterministic.
            if (owner is null || weight > best || (weight == best && accountId < owner))
            {
                owner = accountId;
                best = weight;
            }
        }

        return owner;
    }

    /// <summary>A well-mixed 64-bit weight of the pair; stable across processes and runtimes (no string.GetHashCode).</summary>
    public static ulong Weight(long roomId, long accountId) =>
        Mix(Mix(unchecked((ulong)roomId)) ^ unchecked((ulong)accountId * 0x9E3779B97F4A7C15UL));

    // SplitMix64's finaliser: every input bit affects every output bit.
    private static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
