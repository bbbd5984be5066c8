namespace ChatworkGuard.Emulator.State;

/// <summary>Turns the admin, member and read-only id lists of <c>POST /rooms</c> and <c>PUT /members</c>
/// into one role per account.</summary>
internal static class RoleLists
{
    /// <summary>Account id → role; an account named in more than one list gets the first list's role
    /// (admin before member before read-only).</summary>
    public static Dictionary<long, RoomRole> Merge(IReadOnlyList<long> adminIds, IReadOnlyList<long> memberIds, IReadOnlyList<long> readonlyIds)
    {
        var roles = new Dictionary<long, RoomRole>();
        foreach (var (ids, role) in new[] { (adminIds, RoomRole.Admin), (memberIds, RoomRole.Member), (readonlyIds, RoomRole.Readonly) })
        {
            foreach (var id in ids)
            {
                roles.TryAdd(id, role);
            }
        }

        return roles;
    }
}
