using ChatworkGuard.Emulator;

namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>Posts a schedule through the emulator's control API at its wall-clock times.</summary>
internal static class ActivityDriver
{
    /// <summary>Posts every message of <paramref name="schedule"/> at <paramref name="start"/> + its offset; returns what was posted.</summary>
    public static async Task<IReadOnlyList<PostedMessage>> RunAsync(
        EmulatorControl control, IReadOnlyList<ScheduledPost> schedule, DateTimeOffset start, TimeProvider time, CancellationToken cancellationToken)
    {
        var posted = new List<PostedMessage>(schedule.Count);
        foreach (var post in schedule)
        {
            var wait = start + post.At - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                // Posting each message at its scheduled moment is the load being simulated.
                await Task.Delay(wait, time, cancellationToken);
            }

            // Taken before the post, so a delay includes the emulator's own time to store the message.
            var postedAt = time.GetUtcNow();
            posted.Add(new PostedMessage(post.RoomId, control.PostMessage(post.AuthorId, post.RoomId, post.Body), postedAt));
        }

        return posted;
    }
}
