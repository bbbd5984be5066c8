namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>A message a person will post <paramref name="At"/> after the posting window opens.</summary>
internal sealed record ScheduledPost(TimeSpan At, long RoomId, long AuthorId, string Body);
