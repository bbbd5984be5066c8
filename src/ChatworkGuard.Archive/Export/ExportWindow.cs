namespace ChatworkGuard.Archive.Export;

/// <summary>A time window [<see cref="From"/>, <see cref="To"/>) of a room's archive to export as a slice; a null
/// bound is open. A record is in the window by its <c>observed_at</c>: the time it entered the archive, which every
/// record has, which its hash covers, and which follows the chain's order (send_time does not: a message archived
/// late by a resync keeps its old send_time, so a send-time window would cut holes into the chain).</summary>
public sealed record ExportWindow
{
    /// <summary>Creates the window.</summary>
    /// <exception cref="ArgumentException"><paramref name="from"/> is after <paramref name="to"/>.</exception>
    public ExportWindow(DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from is { } start && to is { } end && start > end)
        {
            throw new ArgumentException($"The window starts ({start:O}) after it ends ({end:O}).", nameof(from));
        }

        From = from;
        To = to;
    }

    /// <summary>The first instant in the window (inclusive), or null for the room's beginning.</summary>
    public DateTimeOffset? From { get; }

    /// <summary>The first instant after the window (exclusive), or null for the export time.</summary>
    public DateTimeOffset? To { get; }
}
