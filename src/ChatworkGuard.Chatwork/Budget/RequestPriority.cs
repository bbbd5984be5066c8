namespace ChatworkGuard.Chatwork.Budget;

/// <summary>Who gets the API budget first when it runs short: posts, then reads, then resync reads.</summary>
public enum RequestPriority
{
    /// <summary>Posting a warning or reminder (and any other write); may use the whole budget but its headroom.</summary>
    Post = 0,

    /// <summary>An ordinary read (sync cycle, joins); leaves <see cref="ChatworkOptions.PostReserve"/> for posts.</summary>
    Read = 1,

    /// <summary>A background re-read of quiet rooms; yields first, leaving <see cref="ChatworkOptions.ResyncReserve"/> for reads too.</summary>
    Resync = 2,
}
