namespace ChatworkGuard.Bot.Ingest;

/// <summary>Reads something for every room the archive knows.</summary>
internal static class ArchivedRooms
{
    /// <summary>Calls <paramref name="read"/> for each archived room in room id order, one room at a time (each read
    /// may go to the archive itself, so they are not run side by side).</summary>
    public static async Task<IReadOnlyList<T>> ReadEachAsync<T>(IArchiveStore archive, Func<long, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var roomIds = await archive.ListRoomsAsync(cancellationToken);
        var results = new List<T>(roomIds.Count);
        foreach (var roomId in roomIds)
        {
            results.Add(await read(roomId, cancellationToken));
        }

        return results;
    }
}
