namespace ChatworkGuard.Archive.Checkpoints;

/// <summary>Why a checkpoint was taken; written into each checkpoint record.</summary>
public enum CheckpointCause
{
    /// <summary><c>interval</c>: the regular checkpoint every Evidence:CheckpointInterval.</summary>
    Interval,

    /// <summary><c>room-lost</c>: a room was lost, so its chain will not move again.</summary>
    RoomLost,

    /// <summary><c>export</c>: taken just before an evidence export.</summary>
    Export,
}
