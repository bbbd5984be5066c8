namespace ChatworkGuard.Archive;

/// <summary>What <see cref="IArchiveStore.GetMessageVersionsAsync"/> found.</summary>
/// <param name="Versions">The latest archived version of each message the query covered, keyed by message id.</param>
/// <param name="NewestEarlierMessageId">For a query with <see cref="MessageVersionQuery.SentSince"/>: a message archived
/// with the latest send time before it, or null when the room has none; it tells whether a window still overlaps the
/// archive. Null for other queries.</param>
public sealed record MessageVersionSlice(IReadOnlyDictionary<string, MessageVersion> Versions, string? NewestEarlierMessageId);
