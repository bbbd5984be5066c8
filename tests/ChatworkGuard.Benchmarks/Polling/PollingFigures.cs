namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>The figures of one run. Requests count the bot's token in the emulator's log; delays run from the
/// post to the bot's ObservedAt of the message-created record, in milliseconds. A message never archived counts
/// with the delay it had reached when the drain ended, so with losses the percentiles are lower bounds, not
/// flattered by leaving the slowest messages out.</summary>
internal sealed record PollingFigures(
    int Requests,
    long NaiveRequests,
    double Ratio,
    int StartupRequests,
    int DrainRequests,
    int MessageReads,
    int RoomLists,
    int Posts,
    int OtherRequests,
    int Http429,
    int Posted,
    int Lost,
    double P50Ms,
    double P95Ms,
    double MaxMs,
    double PeakRssMb)
{
    public static PollingFigures Compute(MeasuredRun run, PollingSettings settings)
    {
        var window = run.Requests.Where(e => e.Time >= run.PostingStarted && e.Time < run.PostingEnded).ToList();
        var startup = run.Requests.Count(e => e.Time < run.PostingStarted);
        var drain = run.Requests.Count(e => e.Time >= run.PostingEnded);
        var reads = window.Count(BotRequests.IsMessageRead);
        var lists = window.Count(BotRequests.IsRoomList);
        var posts = window.Count(BotRequests.IsPost);
        var delays = run.Posted
            .Select(p => ((run.Archived.TryGetValue(p.MessageId, out var archived) ? archived : run.DrainEnded) - p.PostedAt).TotalMilliseconds)
            .Order()
            .ToList();
        var naive = settings.NaiveRequests;
        return new PollingFigures(
            window.Count,
            naive,
            window.Count == 0 ? 0 : (double)naive / window.Count,
            startup,
            drain,
            reads,
            lists,
            posts,
            window.Count - reads - lists - posts,
            run.Requests.Count(e => e.Status == 429),
            run.Posted.Count,
            run.Posted.Count(p => !run.Archived.ContainsKey(p.MessageId)),
            Percentile(delays, 0.50),
            Percentile(delays, 0.95),
            delays.Count == 0 ? 0 : delays[^1],
            run.PeakRssMb);
    }

    // Nearest rank on sorted values; 0 when there are none (the summary says so).
    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
