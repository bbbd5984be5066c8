namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>
/// Decides every post of the run before it starts, so the same seed gives the same activity however fast the
/// machine is: each second, each room not already in a burst starts one with probability activity / 60; a burst
/// is 1-4 messages from the room's people, 2-6 seconds apart. Posts that would fall after the window are dropped.
/// </summary>
internal static class ActivitySchedule
{
    public static IReadOnlyList<ScheduledPost> Build(IReadOnlyList<SimulatedRoom> rooms, double activity, TimeSpan duration, Random random)
    {
        var perSecond = activity / 60;
        var busyUntil = new double[rooms.Count];
        var posts = new List<ScheduledPost>();
        var seconds = duration.TotalSeconds;
        for (var second = 0; second < seconds; second++)
        {
            for (var r = 0; r < rooms.Count; r++)
            {
                if (busyUntil[r] > second || random.NextDouble() >= perSecond)
                {
                    continue;
                }

                var room = rooms[r];
                var at = second + random.NextDouble();
                var count = random.Next(1, 5);
                for (var m = 0; m < count && at < seconds; m++)
                {
                    posts.Add(new ScheduledPost(TimeSpan.FromSeconds(at), room.RoomId, room.People[random.Next(room.People.Count)], MessageText.Pick(random)));
                    busyUntil[r] = at;
                    at += 2 + (4 * random.NextDouble());
                }
            }
        }

        return [.. posts.OrderBy(p => p.At)];
    }
}
